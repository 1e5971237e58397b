import type { InteractionSummary } from '../../shared';

/** What the API says of voicemail and callback work, when it says it (newer servers do). */
export interface TaskFields {
  channel: 'voice' | 'voicemail';
  hasRecording: boolean;
  callback: { number: string; attempts: number } | null;
}

/** States in which a callback waits to be made, so "call back now" means something. */
const CALLBACK_WAITING = new Set(['queued', 'callbackDelay']);

/** Reads the task fields of an interaction, defaulting to a plain call when the server has none. */
export function taskOf(interaction: InteractionSummary): TaskFields {
  const loose = interaction as Partial<TaskFields> & InteractionSummary;
  return {
    channel: loose.channel === 'voicemail' ? 'voicemail' : 'voice',
    hasRecording: loose.hasRecording === true,
    callback: loose.callback ?? null,
  };
}

/** Whether the interaction is a callback still waiting to be placed. */
export function callbackWaiting(interaction: InteractionSummary): boolean {
  return taskOf(interaction).callback !== null && CALLBACK_WAITING.has(interaction.state);
}
