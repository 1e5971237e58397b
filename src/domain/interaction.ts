/**
 * An interaction is one customer contact as the contact center handles it: a call answered by the bot, run
 * through a flow, queued, offered to agents and connected, or ended. Its `state` is what the call state
 * machine (`src/calls`) moves; everything else is fixed at arrival or appended as it happens.
 */
export interface Interaction {
  id: string;
  tenantId: string;
  channel: 'voice';
  /** Graph's call id of the bot's leg. */
  callId: string;
  /** Caller id in E.164, or undefined when withheld. */
  caller: string | undefined;
  /** The number dialled (the resource account's). */
  dialled: string;
  /** The flow the number runs. */
  flowId: string;
  /** Menu keys pressed, as `menuId:key`, for the agent and for reports. */
  ivrPath: string[];
  state: InteractionState;
  /**
   * Media bookkeeping: every play gets a fresh context (`music:7`); only the completion of the one now
   * `playing` moves the state, so duplicated or stale completions from Graph change nothing.
   */
  media: { seq: number; playing: string | undefined };
  /** Wall-clock ms of arrival. */
  arrivedAt: number;
  /** Bumped by every transition; the store uses it to refuse stale writes. */
  version: number;
}

/** Where the caller is in an IVR menu. */
export interface MenuPosition {
  menuId: string;
  /** Wrong keys and silences so far in this menu. */
  failures: number;
  /** The menu prompt (or a retry prompt) is still playing. */
  playing: boolean;
}

/**
 * A caller's place in a queue. Routing serves by `priority` (1 first), then `rank`: the enqueue time, or
 * an earlier value for a caller put back at the head after a missed offer.
 */
export interface QueuePlace {
  queueId: string;
  priority: number;
  rank: number;
  /** When the caller entered this queue (wait is measured from here). */
  enqueuedAt: number;
}

/** Why an interaction ended, for reports. */
export type EndReason =
  | 'abandonedInFlow'
  | 'abandonedInQueue'
  | 'abandonedDuringOffer'
  | 'handled'
  | 'disconnectedByFlow'
  | 'maxWaitDisconnect'
  | 'queueFullDisconnect'
  | 'transferredOut'
  | 'notAnswered'
  | 'failed';

/** The states of a voice interaction; `kind` is the key of the transition table. */
export type InteractionState =
  /** The bot was notified of the call and asked Graph to answer it. */
  | { kind: 'answering' }
  /** Connected to the bot, in the flow: greeting, menus. */
  | { kind: 'inFlow'; greeting: boolean; menu: MenuPosition | undefined }
  /** Waiting in a queue with music; `since` is when it entered this queue. */
  | ({ kind: 'queued' } & QueuePlace)
  /** Transferred to an agent whose Teams rings. */
  | ({ kind: 'offering'; agentId: string; offeredAt: number } & QueuePlace)
  /** The agent answered in Teams; the bot has left the call. */
  | { kind: 'connected'; queueId: string; agentId: string; connectedAt: number; enqueuedAt: number }
  /** Playing a last message before the bot hangs up or hands the call elsewhere. */
  | { kind: 'closing'; after: ClosingStep; reason: EndReason }
  /** Over for the caller; `agentId` is who handled it (their wrap-up may still run). */
  | { kind: 'ended'; reason: EndReason; endedAt: number; agentId?: string };

/** What follows the last message. */
export type ClosingStep =
  | { type: 'hangUp' }
  | { type: 'transferToUser'; userId: string }
  | { type: 'transferToPhone'; phone: string };

export type StateKind = InteractionState['kind'];
