/**
 * @jest-environment jsdom
 */
import { openEventStream } from '../../../tabs/shared/event-stream';

/** EventSource as the browser has it, driven by the test: open, messages with ids, errors. */
class FakeEventSource {
  static made: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private listeners = new Map<string, (event: MessageEvent) => void>();
  constructor(readonly url: string) {
    FakeEventSource.made.push(this);
  }
  addEventListener(name: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(name, listener);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, id: string, data: unknown) {
    this.listeners.get(name)?.(new MessageEvent(name, { data: JSON.stringify(data), lastEventId: id }));
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the realtime stream', () => {
  beforeEach(() => {
    FakeEventSource.made = [];
    (globalThis as unknown as { EventSource: unknown }).EventSource = FakeEventSource;
  });

  it('reconnects with a fresh token and the last event id, so the server replays what was missed', async () => {
    const tokens = ['first', 'second'];
    const received: [string, unknown][] = [];
    const stream = openEventStream({
      url: '/api/v1/stream',
      tokens: { token: async () => tokens.shift(), signIn: async () => {}, forget: () => {} },
      onEvent: (name, event) => received.push([name, event]),
      onReset: () => {},
      retryMs: 0,
    });
    await tick();
    const first = FakeEventSource.made[0]!;
    expect(new URL(first.url).searchParams.get('access_token')).toBe('first');
    expect(new URL(first.url).searchParams.has('lastEventId')).toBe(false);
    first.emit('offered', '41', { seq: 41 });
    first.emit('agentState', '42', { seq: 42 });
    first.onerror?.();
    await tick();
    await tick();
    expect(first.closed).toBe(true);
    const second = FakeEventSource.made[1]!;
    const url = new URL(second.url);
    expect(url.searchParams.get('access_token')).toBe('second');
    expect(url.searchParams.get('lastEventId')).toBe('42');
    expect(received).toEqual([
      ['offered', { seq: 41 }],
      ['agentState', { seq: 42 }],
    ]);
    stream.close();
    expect(second.closed).toBe(true);
  });

  it('tells the caller to reload when the server cannot replay that far back', async () => {
    const onReset = jest.fn();
    openEventStream({
      url: '/api/v1/stream',
      tokens: { token: async () => 't', signIn: async () => {}, forget: () => {} },
      onEvent: () => {},
      onReset,
    });
    await tick();
    FakeEventSource.made[0]!.emit('reset', '', { reason: 'too far behind' });
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
