/** Timers an interaction can ask for; each is one row per interaction in the store. */
export type TimerName = InteractionTimer | 'wrapUp';

/** Timers the call state machine sets; `wrapUp` belongs to the agent who handled the interaction. */
export type InteractionTimer =
  | 'menuTimeout'
  | 'maxWait'
  | 'announce'
  | 'keepAlive'
  | 'mediaWatchdog'
  | 'callbackOffer'
  | 'callbackRetry'
  | 'legTimeout'
  /** The caller's wait reaches the queue's next escalation step. */
  | 'escalate'
  /** The agent's alert time for an announced offer: their Teams still rings, so the offer is missed. */
  | 'agentAlert';

/**
 * What can happen to an interaction: Graph notifications, turned into facts by the calling webhook,
 * routing's decisions, the agent finishing, and timers. `at` is wall-clock ms: time is an input here.
 */
export type CallEvent =
  | NotifiedEvent
  | { type: 'timer'; name: InteractionTimer; at: number }
  /** Routing reserved this agent for the interaction (in the same transaction). */
  | { type: 'offer'; agentId: string; at: number }
  /** The agent is done with the connected call (wrap-up submitted, or Teams presence left InACall). */
  | { type: 'agentReleased'; at: number }
  /**
   * The server restarted while the bot held the call: notifications sent meanwhile are lost, so whatever
   * plays is started again (the music, the menu, the last message).
   */
  | { type: 'resumed'; at: number }
  /** Something happened on an outbound call the bot placed for this interaction (see {@link LegEvent}). */
  | { type: 'leg'; leg: string; callId: string | undefined; event: LegEvent; at: number }
  /**
   * Teams shows the offered agent in a call: evidence the transfer completed even when Graph's notification
   * saying so was lost (sent to an instance that died before storing it).
   */
  | { type: 'agentInCall'; at: number }
  /**
   * Graph no longer knows the call (a probe after a restart answered 404); `agentsInCall` are the agents Teams
   * showed in a call then. Decided on the interaction as it is when processed, not as the prober last saw it.
   */
  | { type: 'gone'; agentsInCall: readonly string[]; at: number }
  /** Someone asked for the callback now (an agent, through the API): it skips the rest of its wait. */
  | { type: 'callbackNow'; at: number }
  /** A supervisor moved the waiting caller to another queue (`by`: their id, for the audit). */
  | { type: 'moveToQueue'; queueId: string; by: string; at: number }
  /** A supervisor changed the waiting caller's priority (1 = first). */
  | { type: 'setPriority'; priority: number; by: string; at: number };

/**
 * What happens on an outbound call (a "leg") the bot placed for an interaction: the create request's
 * outcome, then the call's own notifications, which reach the interaction through the leg's callbackUri.
 */
export type LegEvent =
  | { type: 'placed'; at: number }
  | { type: 'placeFailed'; reason: string; at: number }
  | NotifiedEvent;

/** What Graph's notifications about one call say, as facts. */
export type NotifiedEvent =
  | { type: 'established'; at: number }
  | { type: 'tone'; key: string; sequenceId: number; at: number }
  /**
   * A playPrompt or recordResponse finished (or failed, or was cancelled); `context` is the clientContext it
   * was sent with; a recording says where to download it and with which token (valid only briefly).
   */
  | {
      type: 'mediaCompleted';
      context: string;
      ok: boolean;
      at: number;
      recording?: { location: string; token: string };
    }
  | { type: 'transferAccepted'; at: number }
  /** Graph put the call back to established after a transfer (500/7000 blind, 500/7700 consultative). */
  | { type: 'transferFailed'; code: number; subcode: number; at: number }
  /** The bot's leg is gone; `transferred` when it ended because a transfer completed (0/7015, AppTransferred). */
  | {
      type: 'terminated';
      transferred: boolean;
      code: number | undefined;
      subcode: number | undefined;
      at: number;
    };

export type CallEventType = CallEvent['type'];
