import type { AgentFigures } from './agent-figures';

/** An agent's averages and occupancy for some figures; `null` when there is nothing to measure. */
export interface AgentKpis {
  averageTalkSeconds: number | null;
  averageWrapUpSeconds: number | null;
  /** (talk + wrap-up) / handled. */
  ahtSeconds: number | null;
  /**
   * On-contact time / (on-contact + available idle time), where on-contact is reserved (ringing), busy and
   * wrap-up: the time an agent is committed to a contact, as Erlang's occupancy counts it (A/N).
   */
  occupancy: number | null;
  /** Time in any state but offline. */
  loggedInSeconds: number;
}

const seconds = (ms: number, count: number): number | null => (count > 0 ? ms / count / 1000 : null);

/** The standard averages and occupancy of an agent's figures. */
export function agentKpis(f: AgentFigures): AgentKpis {
  const { reserved, busy, wrapUp, available, notReady } = f.stateMs;
  const onContact = reserved + busy + wrapUp;
  return {
    averageTalkSeconds: seconds(f.talkMs, f.handled),
    averageWrapUpSeconds: seconds(f.wrapUpMs, f.handled),
    ahtSeconds: seconds(f.talkMs + f.wrapUpMs, f.handled),
    occupancy: onContact + available > 0 ? onContact / (onContact + available) : null,
    loggedInSeconds: (onContact + available + notReady) / 1000,
  };
}

/** Agents actually staffed in an interval: their logged-in time / its length (to set beside Erlang C's need). */
export function staffedAgents(agents: Iterable<AgentFigures>, intervalMs: number): number {
  if (intervalMs <= 0) return 0;
  let loggedInSeconds = 0;
  for (const figures of agents) loggedInSeconds += agentKpis(figures).loggedInSeconds;
  return (loggedInSeconds * 1000) / intervalMs;
}
