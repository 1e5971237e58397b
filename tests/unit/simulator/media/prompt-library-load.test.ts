import { createPromptLibrary } from '../../../../simulator/media';
import { type PromptServer, refusedUrl, startPromptServer } from './prompt-server';
import { wav } from './wav-fixtures';

describe('PromptLibrary.load over real HTTP', () => {
  let server: PromptServer;
  const library = () => createPromptLibrary({ fetchTimeoutMs: 300 });

  beforeAll(async () => {
    server = await startPromptServer({
      '/welcome.wav': wav(40000),
      '/gone.wav': { status: 404 },
      '/broken.wav': { status: 500 },
      '/slow.wav': { delayMs: 3000, body: wav(16000) },
      '/stalled.wav': { delayMs: 3000, body: wav(16000), headersFirst: true },
      '/page.html': Buffer.from('<!doctype html><title>Sign in</title>'),
      '/stereo.wav': wav(16000, { channels: 2 }),
      '/phone.wav': wav(8000, { sampleRate: 8000 }),
    });
  });
  afterAll(() => server.close());

  it('plays a good prompt for its real duration', async () => {
    await expect(library().load(server.url('/welcome.wav'))).resolves.toEqual({ ok: true, durationMs: 2500 });
  });

  it.each([
    ['/gone.wav', /answered 404/],
    ['/broken.wav', /answered 500/],
  ])('finds %s unreachable when the host answers an error status', async (path, detail) => {
    const load = await library().load(server.url(path));
    expect(load).toEqual({ ok: false, reason: 'unreachable', detail: expect.stringMatching(detail) });
  });

  it('finds a prompt unreachable when the connection is refused', async () => {
    const load = await library().load(await refusedUrl());
    expect(load).toEqual({ ok: false, reason: 'unreachable', detail: expect.stringMatching(/ECONNREFUSED/) });
  });

  it.each(['/slow.wav', '/stalled.wav'])(
    'finds %s unreachable when it is not all sent within the timeout',
    async (path) => {
      const started = Date.now();
      const load = await library().load(server.url(path));
      expect(load).toEqual({
        ok: false,
        reason: 'unreachable',
        detail: expect.stringMatching(/within 300 ms/),
      });
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );

  it.each(['file:///etc/passwd', 'ftp://cdn.contoso.com/beep.wav', 'beep.wav'])(
    'finds %s unreachable without fetching it',
    async (uri) => {
      const prompts = library();
      await expect(prompts.load(uri)).resolves.toMatchObject({ ok: false, reason: 'unreachable' });
    },
  );

  it('refuses a page that is not a WAV file', async () => {
    const load = await library().load(server.url('/page.html'));
    expect(load).toEqual({ ok: false, reason: 'notWav', detail: expect.stringMatching(/not a RIFF file/) });
  });

  it.each([
    ['/stereo.wav', 'stereo (2 channels), expected mono'],
    ['/phone.wav', '8000 Hz, expected 16000 Hz'],
  ])('refuses %s with a detail naming the problem', async (path, problem) => {
    const load = await library().load(server.url(path));
    expect(load).toEqual({ ok: false, reason: 'wrongFormat', detail: `${server.url(path)}: ${problem}` });
  });
});
