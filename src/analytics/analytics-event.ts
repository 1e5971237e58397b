import type { LoggedEventName } from '../calls';
import type { EndReason } from '../domain/interaction';
import type { AgentCommand } from '../routing';
import type { EventRow } from '../store';

/** One event-log row as analytics reads it: the columns KPIs need, in `seq` order. */
export type AnalyticsEvent = Pick<EventRow, 'interactionId' | 'agentId' | 'name' | 'at' | 'data'>;

/** Why a caller left a queue without an agent (or was refused entry), as `overflowed` records it. */
export type OverflowReason = 'maxSize' | 'maxWait';

/** Names logged by an issue still being built; none today. */
export type FutureEventName = never;

/**
 * What each event carries, as `src/calls` (interaction events) and `src/routing` (`agentState`, taken from its
 * command type) write it. `src/calls` logs untyped data, so its shapes are written here from `transition.ts`
 * and `queueing.ts`; keyed by every `LoggedEventName`, so a new name fails to compile until it is described.
 */
export type EventPayloads = { [K in LoggedEventName]: PayloadOf<K> } & {
  agentState: Extract<AgentCommand, { name: 'agentState' }>['data'];
} & { [K in FutureEventName]: { queueId: string; waitedMs?: number } } & ApiPayloads;

/**
 * What the Switchboard API logs (`bot/api`): an agent's queue sign-ins (`agentQueues`, which move the agent
 * between queues' tiles), a wrap-up's disposition and a note (read by no KPI), and a supervisor's action
 * on an agent (the audit; the state change itself is the `agentState` that follows it).
 */
type ApiPayloads = {
  agentQueues: { queueId: string; signedIn: boolean; signedInQueues: string[] };
  wrappedUp: { disposition: string; noteId?: string };
  noteAdded: { noteId: string };
  supervisorAction: {
    action: string;
    actorId: string;
    target: { kind: 'agent' | 'interaction'; id: string };
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  };
};

/** Names logged with an agent and no interaction; every other name belongs to an interaction. */
export type AgentEventName = 'agentState' | 'agentQueues';

type PayloadOf<K extends LoggedEventName> = {
  arrived: { caller: string | null; dialled: string; flowId: string };
  ivrSelection: { menuId: string; key: string };
  queued: { queueId: string; priority: number; serviceLevelSeconds?: number };
  /** `announced` when the bot called the agent first to whisper (announced transfer). */
  offered: { queueId: string; agentId: string; waitedMs: number; announced?: boolean };
  missed: { queueId: string; agentId: string };
  connected: { queueId: string; agentId: string; waitedMs: number };
  abandoned: { queueId: string; agentId?: string; waitedMs: number };
  overflowed: { queueId: string; reason: OverflowReason; waiting?: number; waitedMs?: number };
  escalated: {
    queueId: string;
    step: number;
    afterSeconds: number;
    skills: Record<string, number>;
    agentsFrom: string[];
    waitedMs: number;
  };
  transferred: { to: string };
  ended: { reason: EndReason; agentId?: string; talkMs?: number };
  moved: {
    by: string;
    fromQueueId: string;
    queueId: string;
    waitedMs: number;
    before: { queueId: string; priority: number };
    after: { queueId: string; priority: number };
  };
  prioritised: { by: string; queueId: string; before: { priority: number }; after: { priority: number } };
  /** A caller in a queue asked to be called back (the callback keeps their place). */
  callbackRequested: { queueId: string; waitedMs?: number };
  /** One call placed to the customer for a callback, and how it went. */
  callbackAttempt: { queueId: string; attempt: number; outcome: string };
  /** A callback ran out of attempts. */
  callbackGaveUp: { queueId: string; attempts: number };
  /** A caller recorded a message from a queue. */
  voicemailLeft: { queueId: string; waitedMs?: number };
}[K];

/** Every event name analytics reads. */
export type AnalyticsEventName = keyof EventPayloads;
