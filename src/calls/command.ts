import type { Prompt } from '../config';
import type { EndReason } from '../domain/interaction';
import type { InteractionTimer as TimerName } from './call-event';

/**
 * Where a call is handed. `replacesCallId` makes it a consultative transfer: the user already talks to the
 * bot in that call, which Graph drops once the caller is connected to them.
 */
export type TransferTarget =
  | { kind: 'user'; userId: string; replacesCallId?: string }
  | { kind: 'phone'; phone: string };

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
  | 'escalated'
  | 'transferred'
  | 'ended'
  | 'moved'
  | 'prioritised'
  | 'callbackRequested'
  | 'callbackAttempt'
  | 'callbackGaveUp'
  | 'voicemailLeft';

/** A task (a voicemail) an interaction leaves behind, queued in its caller's place. */
export interface TaskSeed {
  id: string;
  channel: 'voicemail';
  queueId: string;
  priority: number;
  rank: number;
  enqueuedAt: number;
  /** The stored recording's key. */
  recordingId: string;
}

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
  /**
   * Places an outbound call (a "leg") for the interaction: to a Teams user, or to a phone from the
   * application instance of the number `from`. Its notifications reach the interaction as `leg` events named
   * `leg`, whenever they arrive. `callId` is the interaction's own call: the leg is ordered after its commands.
   */
  | { type: 'graph.placeCall'; callId: string; leg: string; target: TransferTarget; from: string }
  /** Records the caller (recordResponse) after a prompt, with a beep; `#` ends it. */
  | { type: 'graph.record'; callId: string; prompts: Prompt[]; maxSeconds: number; context: string }
  /**
   * Downloads a finished recording at once (Graph discards it soon after the call ends) and keeps it under
   * `recordingId` through the recording storage.
   */
  | { type: 'graph.fetchRecording'; callId: string; location: string; token: string; recordingId: string }
  | { type: 'timer.set'; name: TimerName; dueAt: number }
  | { type: 'timer.cancel'; name: TimerName }
  | { type: 'agent.missed'; agentId: string }
  | { type: 'agent.connected'; agentId: string }
  | { type: 'agent.released'; agentId: string; reason: EndReason }
  | { type: 'routing.wake'; queueId: string }
  /** Creates the voicemail task an interaction left: a new interaction queued for agents as a task. */
  | { type: 'task.create'; task: TaskSeed }
  | { type: 'log'; name: LoggedEventName; data: Record<string, unknown> };

export type GraphCommand = Extract<Command, { type: `graph.${string}` }>;
export type CommandType = Command['type'];
