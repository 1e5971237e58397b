/** What an agent can type in personal chat with the bot. */
export type ChatCommand =
  | { type: 'status' }
  | { type: 'available' }
  | { type: 'notReady'; reason: string | undefined }
  | { type: 'queues' }
  | { type: 'help'; unknown?: string };

/** Longest not-ready reason kept; supervisors read it in a grid. */
export const MAX_REASON_LENGTH = 60;

/**
 * Reads a chat message as a command, leniently as people type: any case, extra spaces, a leading
 * `@Switchboard` mention, "not ready" or "notready". Anything else asks for help, naming what was typed.
 * Pure.
 */
export function parseChatCommand(text: string): ChatCommand | { type: 'invalid'; message: string } {
  const words = text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  const lower = words.toLowerCase();
  if (lower === 'status') return { type: 'status' };
  if (lower === 'available') return { type: 'available' };
  if (lower === 'queues') return { type: 'queues' };
  if (lower === 'help' || lower === '' || lower === '?') return { type: 'help' };
  const notReady = /^not ?ready(?: (.*))?$/i.exec(words);
  if (notReady) {
    const reason = notReady[1]?.trim();
    if (reason !== undefined && reason.length > MAX_REASON_LENGTH)
      return {
        type: 'invalid',
        message: `The reason is ${reason.length} characters long; keep it to ${MAX_REASON_LENGTH}.`,
      };
    return { type: 'notReady', reason: reason || undefined };
  }
  return { type: 'help', unknown: words.slice(0, 80) };
}
