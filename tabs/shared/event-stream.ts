import type { TokenSource } from './auth/token-source';
import type { StreamEvent } from './wire-types';

/** The events of the agent's stream the workspace listens to (each is an event-log entry's name). */
export const STREAM_EVENTS = [
  'offered',
  'agentState',
  'agentQueues',
  'connected',
  'ended',
  'abandoned',
  'missed',
  'noteAdded',
  'wrappedUp',
] as const;

/** A running stream: `close()` stops it for good. */
export interface EventStream {
  close(): void;
}

/**
 * Follows `GET /stream` with EventSource. EventSource cannot send headers, so the token goes in the query;
 * when the connection drops it is reopened with a fresh token and `lastEventId` = the last id received, so
 * no event is lost across a reconnect (the server replays from there). `reset` means the server could not
 * replay that far: the caller reloads its state.
 */
export function openEventStream<T = StreamEvent>(options: {
  url: string;
  tokens: TokenSource;
  /** The event names to listen to; the agent stream's by default. */
  events?: readonly string[];
  onEvent(name: string, event: T): void;
  onReset(): void;
  onConnection?(connected: boolean): void;
  retryMs?: number;
}): EventStream {
  let lastEventId: string | undefined;
  let source: EventSource | undefined;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const open = async () => {
    const token = await options.tokens.token();
    if (closed) return;
    if (!token) {
      options.onConnection?.(false);
      return;
    }
    const url = new URL(options.url, window.location.href);
    url.searchParams.set('access_token', token);
    if (lastEventId) url.searchParams.set('lastEventId', lastEventId);
    source = new EventSource(url.toString());
    source.onopen = () => options.onConnection?.(true);
    for (const name of options.events ?? STREAM_EVENTS)
      source.addEventListener(name, (message) => {
        const event = message as MessageEvent<string>;
        if (event.lastEventId) lastEventId = event.lastEventId;
        options.onEvent(name, JSON.parse(event.data) as T);
      });
    source.addEventListener('reset', () => options.onReset());
    // EventSource would retry on its own, but with the first token and the first URL: reopen ourselves.
    source.onerror = () => {
      source?.close();
      options.onConnection?.(false);
      if (!closed) retry = setTimeout(() => void open(), options.retryMs ?? 1000);
    };
  };
  void open();
  return {
    close() {
      closed = true;
      clearTimeout(retry);
      source?.close();
    },
  };
}
