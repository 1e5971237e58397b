/** One server-sent event as a client sees it. */
export interface SseEvent {
  id: string | undefined;
  event: string;
  data: any;
  /** When it arrived (wall-clock ms). */
  receivedAt: number;
}

/** A stream being read with fetch (as a tab reading with a header would), parsed per the SSE rules. */
export interface SseClient {
  status: number;
  body: any;
  events: SseEvent[];
  comments: string[];
  /** The first event (from the start) that satisfies `match`, waiting for it. */
  next(match: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Resolves once the server said the stream is live (after any replay). */
  live(): Promise<void>;
  close(): void;
}

/** Opens `url` and reads it as an event stream; a non-200 answer is read as JSON and left in `body`. */
export async function openStream(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of waiters) w();
  };
  if (response.status !== 200) {
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      events,
      comments,
      next: () => Promise.reject(new Error(`stream refused with ${response.status}`)),
      live: () => Promise.reject(new Error(`stream refused with ${response.status}`)),
      close: () => abort.abort(),
    };
  }
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else {
              const colon = line.indexOf(':');
              fields[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '');
            }
          }
          if (fields.data !== undefined)
            events.push({
              id: fields.id,
              event: fields.event ?? 'message',
              data: JSON.parse(fields.data),
              receivedAt: Date.now(),
            });
          end = buffer.indexOf('\n\n');
        }
        wake();
      }
    } catch {
      // aborted by close()
    }
  })();
  const waitFor = <T>(read: () => T | undefined, timeoutMs: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const found = read();
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `${what} not received in ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => [e.id, e.event]))}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return {
    status: 200,
    body: undefined,
    events,
    comments,
    next: (match, timeoutMs = 5000) => waitFor(() => events.find(match), timeoutMs, 'event'),
    live: () =>
      waitFor(() => (comments.includes('live') ? true : undefined), 5000, 'live').then(() => undefined),
    close: () => abort.abort(),
  };
}
