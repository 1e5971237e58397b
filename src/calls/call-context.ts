import type { Flow, Prompt, Queue } from '../config';
import type { FlowAction } from './actions';

/** Whether a flow is open when the call is answered; a holiday may carry its own action. */
export type Schedule =
  | { kind: 'open' }
  | { kind: 'closed' }
  | { kind: 'holiday'; name: string; action: FlowAction | undefined };

/**
 * What a transition may read besides the interaction and the event: the tenant's configuration and a
 * snapshot of live figures, all gathered by the shell before the call. Nothing here performs IO.
 */
export interface CallContext {
  flow(id: string): Flow | undefined;
  queue(id: string): Queue | undefined;
  /** The interaction's flow schedule now. */
  schedule: Schedule;
  /** Callers waiting in a queue now, this interaction excluded. */
  waiting(queueId: string): number;
  /** For announcements: 1-based place in its queue and the estimated wait in seconds. */
  place: { position: number; estimatedWaitSeconds: number } | undefined;
  /** How often the bot keeps each call it holds alive (Graph ends calls after 45 min without). */
  keepAliveMs: number;
  /** How long prompts play, in seconds (an estimate for audio the server does not hold). */
  playSeconds(prompts: Prompt[]): number;
}
