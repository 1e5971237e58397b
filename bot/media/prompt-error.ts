/**
 * Why a prompt cannot be served: its file is missing or unreadable, too large, not a WAV file, or a WAV Graph
 * cannot play; or the prompt names no shipped prompt, or a file that was not registered at load.
 */
export type PromptErrorReason =
  | 'unreadable'
  | 'tooLarge'
  | 'notWav'
  | 'wrongFormat'
  | 'unknownName'
  | 'notRegistered';

/** A prompt the server cannot give Graph; the message names the file (or prompt) and what is wrong with it. */
export class PromptError extends Error {
  override readonly name = 'PromptError';

  constructor(
    readonly reason: PromptErrorReason,
    /** The file's absolute path, or the shipped prompt's name. */
    readonly subject: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
