import { agentsNeeded, type ErlangResult } from './erlang-c';
import type { QueueFigures } from './queue-figures';

/** A queue's service-level goal, to size an interval's staff against. */
export interface StaffingGoal {
  /** The interval's length in ms. */
  intervalMs: number;
  /** The queue's service-level threshold T in seconds. */
  targetSeconds: number;
  /** Share to answer within T, 0–1. */
  targetServiceLevel: number;
  maxOccupancy?: number;
}

/**
 * Agents an interval needed by Erlang C, from its offered calls and AHT (talk + wrap-up): the figure to set
 * beside the agents actually staffed (`staffedAgents`). Undefined when no call was handled (no AHT to use).
 */
export function staffingFor(figures: QueueFigures, goal: StaffingGoal): ErlangResult | undefined {
  if (figures.handled === 0) return undefined;
  return agentsNeeded({
    callsPerInterval: figures.offered,
    intervalSeconds: goal.intervalMs / 1000,
    ahtSeconds: (figures.talkMs + figures.wrapUpMs) / figures.handled / 1000,
    targetSeconds: goal.targetSeconds,
    targetServiceLevel: goal.targetServiceLevel,
    ...(goal.maxOccupancy === undefined ? {} : { maxOccupancy: goal.maxOccupancy }),
  });
}
