/**
 * Server-sent events framing (HTML Living Standard, "Server-sent events"): `id:` (what a reconnect sends
 * back as `Last-Event-ID`), `event:` (the listener name) and one `data:` line of JSON, ended by a blank line.
 */
export function sseMessage(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${sseField(event)}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by EventSource, it keeps proxies from closing an idle stream. */
export const sseComment = (text: string): string => `: ${sseField(text)}\n\n`;

/** How long EventSource waits before reconnecting, in ms. */
export const sseRetry = (ms: number): string => `retry: ${Math.max(0, Math.trunc(ms))}\n\n`;

/** An event without an id (it must not move `Last-Event-ID`), such as `reset`. */
export const sseNotice = (event: string, data: unknown): string =>
  `event: ${sseField(event)}\ndata: ${JSON.stringify(data)}\n\n`;

/** Field values may not hold line breaks. */
function sseField(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** The response headers of a stream: no caching, no transformation, no proxy buffering. */
export const SSE_HEADERS: Record<string, string> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};
