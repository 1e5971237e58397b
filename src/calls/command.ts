import type { Prompt } from '../config';
import type { EndReason } from '../domain/interaction';
import type { InteractionTimer as TimerName } from './call-event';

/** Where a call is handed. */
export type TransferTarget = { kind: 'user'; userId: string } | { kind: 'phone'; phone: string };

/** Names of the event log, the source of every KPI. */
export type LoggedEventName =
  | 'arrived'
  | 'ivrSelection'
  | 'queued'
  | 'offered'
  | 'missed'
  | 'connected'
  | 'abandoned'
  | 'overflowed'
  | 'transferred'
  | 'ended';

/**
 * What a transition asks the world to do. Plain serialisable data: `graph.*` go to the outbox and are sent
 * after commit, `timer.*` become timer rows, `agent.*` change the agent in the same transaction, `log` appends
 * to the event log, `routing.wake` runs routing for a queue.
 */
export type Command =
  | { type: 'graph.answer'; callId: string; prefetch: Prompt[] }
  | { type: 'graph.play'; callId: string; prompts: Prompt[]; context: string }
  | { type: 'graph.subscribeToTone'; callId: string }
  | { type: 'graph.cancelMedia'; callId: string }
  | { type: 'graph.transfer'; callId: string; target: TransferTarget }
  | { type: 'graph.hangUp'; callId: string }
  | { type: 'graph.keepAlive'; callId: string }
  | { type: 'timer.set'; name: TimerName; dueAt: number }
  | { type: 'timer.cancel'; name: TimerName }
  | { type: 'agent.missed'; agentId: string }
  | { type: 'agent.connected'; agentId: string }
  | { type: 'agent.released'; agentId: string; reason: EndReason }
  | { type: 'routing.wake'; queueId: string }
  | { type: 'log'; name: LoggedEventName; data: Record<string, unknown> };

export type GraphCommand = Extract<Command, { type: `graph.${string}` }>;
export type CommandType = Command['type'];
