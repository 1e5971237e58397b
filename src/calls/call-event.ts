/** Timers an interaction can ask for; each is one row per interaction in the store. */
export type TimerName = InteractionTimer | 'wrapUp';

/** Timers the call state machine sets; `wrapUp` belongs to the agent who handled the interaction. */
export type InteractionTimer = 'menuTimeout' | 'maxWait' | 'announce' | 'keepAlive' | 'mediaWatchdog';

/**
 * What can happen to an interaction: Graph notifications, turned into facts by the calling webhook,
 * routing's decisions, the agent finishing, and timers. `at` is wall-clock ms: time is an input here.
 */
export type CallEvent =
  | { type: 'established'; at: number }
  | { type: 'tone'; key: string; sequenceId: number; at: number }
  /** A playPrompt finished (or failed, or was cancelled); `context` is the clientContext it was sent with. */
  | { type: 'mediaCompleted'; context: string; ok: boolean; at: number }
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
    }
  | { type: 'timer'; name: InteractionTimer; at: number }
  /** Routing reserved this agent for the interaction (in the same transaction). */
  | { type: 'offer'; agentId: string; at: number }
  /** The agent is done with the connected call (wrap-up submitted, or Teams presence left InACall). */
  | { type: 'agentReleased'; at: number }
  /**
   * The server restarted while the bot held the call: notifications sent meanwhile are lost, so whatever
   * plays is started again (the music, the menu, the last message).
   */
  | { type: 'resumed'; at: number };

export type CallEventType = CallEvent['type'];
