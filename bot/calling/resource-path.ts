/**
 * What a notification's `resourceUrl` (or legacy `resource`) points at. Graph writes it with or without a
 * leading `/` (`communications/calls/…` in the hold-music doc), and real payloads may carry only the legacy
 * `/app/calls/…` form.
 */
export type ResourcePath =
  | { kind: 'call'; callId: string }
  | { kind: 'participants'; callId: string }
  | { kind: 'operation'; callId: string; operationId: string }
  /** Under a call but nothing this bot acts on (content sharing, audio routing groups…). */
  | { kind: 'callOther'; callId: string; rest: string }
  /** Not a call at all. */
  | { kind: 'other'; path: string };

const CALL_PATH =
  /^(?:https?:\/\/[^/]+)?\/*(?:(?:v1\.0|beta)\/)?(?:communications|app)\/calls\/([^/?#]+)\/*([^?#]*)/i;

/** Reads a resource path; a call's id keeps the spelling Graph used. */
export function parseResourcePath(path: string): ResourcePath {
  const match = CALL_PATH.exec(path.trim());
  const callId = match?.[1];
  if (!match || !callId) return { kind: 'other', path };
  const rest = (match[2] ?? '').replace(/\/+$/, '');
  if (rest === '') return { kind: 'call', callId };
  const [head, id, ...more] = rest.split('/');
  if (head?.toLowerCase() === 'participants') return { kind: 'participants', callId };
  if (head?.toLowerCase() === 'operations' && id && more.length === 0)
    return { kind: 'operation', callId, operationId: id };
  return { kind: 'callOther', callId, rest };
}
