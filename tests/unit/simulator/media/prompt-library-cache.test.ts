import { createPromptLibrary } from '../../../../simulator/media';
import { type PromptServer, startPromptServer } from './prompt-server';
import { wav } from './wav-fixtures';

describe('PromptLibrary caching', () => {
  let server: PromptServer;

  beforeAll(async () => {
    server = await startPromptServer({
      '/beep.wav': wav(16000),
      '/cool.wav': wav(32000),
      '/slow.wav': { delayMs: 150, body: wav(8000) },
      '/gone.wav': { status: 404 },
    });
  });
  afterAll(() => server.close());

  it('plays a cached resourceId without fetching, even when its uri now fails', async () => {
    const prompts = createPromptLibrary({ fetchTimeoutMs: 1000 });
    const uri = server.url('/beep.wav');
    await expect(prompts.load(uri, 'beep-1')).resolves.toEqual({ ok: true, durationMs: 1000 });
    server.serve('/beep.wav', { status: 404 });
    try {
      await expect(prompts.load(uri, 'beep-1')).resolves.toEqual({ ok: true, durationMs: 1000 });
      expect(prompts.fetchCount(uri)).toBe(1);
    } finally {
      server.serve('/beep.wav', wav(16000));
    }
  });

  it('uses the resourceId as the key: another uri under a cached resourceId is not fetched', async () => {
    const prompts = createPromptLibrary({ fetchTimeoutMs: 1000 });
    await prompts.load(server.url('/beep.wav'), 'shared-id');
    await expect(prompts.load(server.url('/cool.wav'), 'shared-id')).resolves.toEqual({
      ok: true,
      durationMs: 1000,
    });
    expect(prompts.fetchCount(server.url('/cool.wav'))).toBe(0);
  });

  it('serves a prompt prefetched at answer from the cache', async () => {
    const prompts = createPromptLibrary({ fetchTimeoutMs: 1000 });
    const uri = server.url('/cool.wav');
    await prompts.prefetch([{ uri, resourceId: 'cool-1' }]);
    await expect(prompts.load(uri, 'cool-1')).resolves.toEqual({ ok: true, durationMs: 2000 });
    expect(prompts.fetchCount(uri)).toBe(1);
  });

  it('caches by uri when no resourceId is given', async () => {
    const prompts = createPromptLibrary({ fetchTimeoutMs: 1000 });
    const uri = server.url('/beep.wav');
    await prompts.load(uri);
    await prompts.load(uri);
    expect(prompts.fetchCount(uri)).toBe(1);
  });

  it('shares one fetch between concurrent loads of the same uri', async () => {
    const prompts = createPromptLibrary({ fetchTimeoutMs: 1000 });
    const uri = server.url('/slow.wav');
    const loads = await Promise.all([prompts.load(uri, 'a'), prompts.load(uri, 'b'), prompts.load(uri)]);
    expect(loads).toEqual([1, 2, 3].map(() => ({ ok: true, durationMs: 500 })));
    expect(prompts.fetchCount(uri)).toBe(1);
    await prompts.load(server.url('/gone.wav'), 'b');
    expect(prompts.fetchCount(server.url('/gone.wav'))).toBe(0);
  });

  it('does not cache a failure: the next load fetches again', async () => {
    const prompts = createPromptLibrary({ fetchTimeoutMs: 1000 });
    const uri = server.url('/gone.wav');
    await expect(prompts.load(uri, 'gone-1')).resolves.toMatchObject({ ok: false, reason: 'unreachable' });
    await prompts.load(uri, 'gone-1');
    expect(prompts.fetchCount(uri)).toBe(2);
  });

  it('forgets the least recently used prompts beyond maxEntries', async () => {
    const prompts = createPromptLibrary({ fetchTimeoutMs: 1000, maxEntries: 2 });
    const beep = server.url('/beep.wav');
    const cool = server.url('/cool.wav');
    await prompts.load(beep);
    await prompts.load(cool);
    await prompts.load(beep);
    await prompts.load(server.url('/slow.wav'));
    await prompts.load(beep);
    await prompts.load(cool);
    expect([prompts.fetchCount(beep), prompts.fetchCount(cool)]).toEqual([1, 2]);
  });

  it('prefetch never rejects, whatever the items', async () => {
    const prompts = createPromptLibrary({ fetchTimeoutMs: 1000 });
    const items = [
      { uri: server.url('/gone.wav'), resourceId: 'x' },
      { uri: 'not a url', resourceId: 'y' },
      null,
    ] as unknown as { uri: string; resourceId: string }[];
    await expect(prompts.prefetch(items)).resolves.toBeUndefined();
    await expect(prompts.prefetch('nope' as never)).resolves.toBeUndefined();
  });
});
