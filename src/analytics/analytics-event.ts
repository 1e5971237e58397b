import type { LoggedEventName } from '../calls';
import type { EndReason } from '../domain/interaction';
import type { AgentCommand } from '../routing';
import type { EventRow } from '../store';

/** One event-log row as analytics reads it: the columns KPIs need, in `seq` order. */
export type AnalyticsEvent = Pick<EventRow, 'interactionId' | 'agentId' | 'name' | 'at' | 'data'>;

/** Why a caller left a queue without an agent (or was refused entry), as `overflowed` records it. */
export type OverflowReason = 'maxSize' | 'maxWait';

/**
 * Names the later callback and voicemail issue is expected to log (issue 4): `callbackRequested` when a
 * caller in a queue asks to be called back (the callback keeps their place), `voicemailLeft` when a caller
 * records a message from a queue. Counted when present; absent today.
 */
export type FutureEventName = 'callbackRequested' | 'voicemailLeft';

/**
 * What each event carries, as `src/calls` (interaction events) and `src/routing` (`agentState`, taken from its
 * command type) write it. `src/calls` logs untyped data, so its shapes are written here from `transition.ts`
 * and `queueing.ts`; keyed by every `LoggedEventName`, so a new name fails to compile until it is described.
 */
export type EventPayloads = { [K in LoggedEventName]: PayloadOf<K> } & {
  agentState: Extract<AgentCommand, { name: 'agentState' }>['data'];
} & { [K in FutureEventName]: { queueId: string; waitedMs?: number } };

type PayloadOf<K extends LoggedEventName> = {
  arrived: { caller: string | null; dialled: string; flowId: string };
  ivrSelection: { menuId: string; key: string };
  queued: { queueId: string; priority: number; serviceLevelSeconds?: number };
  offered: { queueId: string; agentId: string; waitedMs: number };
  missed: { queueId: string; agentId: string };
  connected: { queueId: string; agentId: string; waitedMs: number };
  abandoned: { queueId: string; agentId?: string; waitedMs: number };
  overflowed: { queueId: string; reason: OverflowReason; waiting?: number; waitedMs?: number };
  transferred: { to: string };
  ended: { reason: EndReason; agentId?: string; talkMs?: number };
}[K];

/** Every event name analytics reads. */
export type AnalyticsEventName = keyof EventPayloads;
