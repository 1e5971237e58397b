/**
 * An interaction is one customer contact as the contact center handles it: a call answered by the bot, run
 * through a flow, queued, offered to agents and connected, or ended. Its `state` is what the call state
 * machine (`src/calls`) moves; everything else is fixed at arrival or appended as it happens.
 */
export interface Interaction {
  id: string;
  tenantId: string;
  /** `voice` for a call; `voicemail` for the task a caller's message becomes. */
  channel: Channel;
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
  /** The stored recording of a voicemail (its key in the recording storage). */
  recordingId?: string | undefined;
}

/** How the customer reached the contact center. */
export type Channel = 'voice' | 'voicemail';

/** Keys pressed, by tone sequence id, after the tone `after` (undefined: from the first key seen). */
export interface KeyedTones {
  after: number | undefined;
  bySequence: Record<string, string>;
}

/** A callback the caller asked for: the number to call and the attempts made so far. */
export interface CallbackRequest {
  number: string;
  attempts: number;
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
  /** How many of the queue's escalation steps apply to this caller (each logged once); none when absent. */
  escalated?: number;
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
  | 'voicemailLeft'
  | 'callbackGaveUp'
  | 'failed';

/** The states of a voice interaction; `kind` is the key of the transition table. */
export type InteractionState =
  /** The bot was notified of the call and asked Graph to answer it. */
  | { kind: 'answering' }
  /** Connected to the bot, in the flow: greeting, menus. */
  | { kind: 'inFlow'; greeting: boolean; menu: MenuPosition | undefined }
  /**
   * Waiting in a queue with music; `since` is when it entered this queue. With `callback` the caller has hung
   * up and waits in the same place to be called back.
   */
  | ({ kind: 'queued'; callback?: CallbackRequest } & QueuePlace)
  /**
   * The caller asked for a callback and confirms the number, or keys one in: `keys` by Graph's tone
   * `sequenceId` (notifications may be processed out of order), counted after the tone `after`.
   */
  | ({ kind: 'callbackSetup'; step: 'confirm' | 'keying'; keys: KeyedTones } & QueuePlace)
  /** A callback between attempts, or held while the flow is closed; it keeps its place. */
  | ({ kind: 'callbackDelay'; callback: CallbackRequest; reason: 'retry' | 'closed' } & QueuePlace)
  /**
   * The bot calls the customer back for the reserved agent: ringing, then the greeting ("press 1"), then
   * the transfer to the agent. `legCallId` is Graph's id of the outbound call once known.
   */
  | ({
      kind: 'callingBack';
      agentId: string;
      offeredAt: number;
      callback: CallbackRequest;
      phase: 'ringing' | 'greeting' | 'transferring';
      legCallId: string | undefined;
    } & QueuePlace)
  /** The caller records a voicemail for the queue; `context` is the recordResponse's clientContext. */
  | ({ kind: 'recording'; context: string } & QueuePlace)
  /** A task (voicemail) waiting for an agent with room for one more task. */
  | ({ kind: 'taskQueued' } & QueuePlace)
  /** A task given to an agent, who works it in the tab and marks it done. */
  | ({ kind: 'taskAssigned'; agentId: string; assignedAt: number } & QueuePlace)
  /** Transferred to an agent whose Teams rings; `announced` when the bot calls the agent first to whisper. */
  | ({ kind: 'offering'; agentId: string; offeredAt: number; announced?: AnnouncedOffer } & QueuePlace)
  /** The agent answered in Teams; the bot has left the call. */
  | { kind: 'connected'; queueId: string; agentId: string; connectedAt: number; enqueuedAt: number }
  /** Playing a last message before the bot hangs up or hands the call elsewhere. */
  | { kind: 'closing'; after: ClosingStep; reason: EndReason }
  /** Over for the caller; `agentId` is who handled it (their wrap-up may still run). */
  | { kind: 'ended'; reason: EndReason; endedAt: number; agentId?: string };

/**
 * An announced (consultative) offer: the bot calls the agent (`ringing`), plays the whisper once they answer
 * (`whispering`), then transfers the caller replacing that call (`transferring`).
 */
export interface AnnouncedOffer {
  /** Names this offer's call to the agent in its notifications' callback. */
  leg: string;
  phase: 'ringing' | 'whispering' | 'transferring';
  /** Graph's id of the bot's call to the agent, once known. */
  agentCallId: string | undefined;
  /** The clientContext of the whisper's last playPrompt: its completion starts the transfer. */
  whisper: string | undefined;
}

/** What follows the last message. */
export type ClosingStep =
  | { type: 'hangUp' }
  | { type: 'transferToUser'; userId: string }
  | { type: 'transferToPhone'; phone: string };

export type StateKind = InteractionState['kind'];
