import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_PROMPT_BYTES, PromptCatalog, PromptError } from '../../../bot/media';
import { makeWav } from './wav-fixtures';

let dir: string;
let catalog: PromptCatalog;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'switchboard-custom-'));
  catalog = await PromptCatalog.load();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function refusal(name: string, bytes?: Buffer): Promise<PromptError> {
  if (bytes) await writeFile(join(dir, name), bytes);
  const error = await catalog.addCustomFile(name, dir).catch((thrown: unknown) => thrown);
  if (!(error instanceof PromptError)) throw new Error(`expected a PromptError, got ${String(error)}`);
  return error;
}

describe('a custom prompt file', () => {
  it.each<[string, Buffer | undefined, string, string]>([
    ['missing.wav', undefined, 'unreadable', 'does not exist'],
    ['page.wav', Buffer.from('<html>Not found</html>'), 'notWav', 'not a WAV file (no RIFF/WAVE header)'],
    [
      'cd.wav',
      makeWav({ channels: 2, sampleRate: 44_100 }),
      'wrongFormat',
      'stereo (2 channels), expected mono; 44100 Hz, expected 16000 Hz (Graph plays WAV 16 kHz mono 16-bit PCM only)',
    ],
    [
      'float.wav',
      makeWav({ formatTag: 3, bitsPerSample: 32 }),
      'wrongFormat',
      'IEEE float, expected 16-bit PCM',
    ],
    ['narrow.wav', makeWav({ sampleRate: 8_000 }), 'wrongFormat', '8000 Hz, expected 16000 Hz'],
    ['empty.wav', makeWav({ frames: 0 }), 'wrongFormat', 'no audio (the data chunk is empty)'],
  ])(
    '%s is refused with a message naming the file and what is wrong',
    async (name, bytes, reason, detail) => {
      const error = await refusal(name, bytes);
      expect(error.reason).toBe(reason);
      expect(error.subject).toBe(join(dir, name));
      expect(error.message).toContain(`prompt file ${join(dir, name)}: ${detail}`);
    },
  );

  it('is refused when larger than ten minutes of audio', async () => {
    const file = join(dir, 'huge.wav');
    await writeFile(file, makeWav());
    await truncate(file, 2 * MAX_PROMPT_BYTES);
    const error = await refusal('huge.wav');
    expect(error.reason).toBe('tooLarge');
    expect(error.message).toMatch(
      /huge\.wav: 38\.4 MB, more than the 19\.2 MB \(10 minutes\) a prompt may be/,
    );
  });

  it('is not served after being refused', async () => {
    await refusal('cd.wav', makeWav({ channels: 2 }));
    const resolve = () =>
      catalog.resolvePrompt(
        { kind: 'file', path: 'cd.wav' },
        { mediaBaseUrl: 'https://bot', configDir: dir },
      );
    expect(resolve).toThrow(PromptError);
  });

  it('is accepted as WAVE_FORMAT_EXTENSIBLE PCM with extra chunks', async () => {
    await writeFile(
      join(dir, 'tool.wav'),
      makeWav({ extensible: true, before: [['LIST', Buffer.alloc(26)]] }),
    );
    await expect(catalog.addCustomFile('tool.wav', dir)).resolves.toMatchObject({ durationMs: 500 });
  });
});

describe('addCustomFiles', () => {
  it('registers the good files and reports every bad one at once', async () => {
    await writeFile(join(dir, 'good.wav'), makeWav());
    await writeFile(join(dir, 'stereo.wav'), makeWav({ channels: 2 }));
    const errors = await catalog.addCustomFiles(
      [
        { kind: 'file', path: 'good.wav' },
        { kind: 'file', path: 'stereo.wav' },
        { kind: 'file', path: 'gone.wav' },
        { kind: 'file', path: join(dir, 'good.wav') },
        { kind: 'shipped', name: 'welcome' },
        { kind: 'url', url: 'https://cdn.contoso.com/a.wav' },
      ],
      dir,
    );
    expect(errors.map((error) => [error.reason, error.subject])).toEqual([
      ['wrongFormat', join(dir, 'stereo.wav')],
      ['unreadable', join(dir, 'gone.wav')],
    ]);
    const media = catalog.resolvePrompt(
      { kind: 'file', path: 'good.wav' },
      { mediaBaseUrl: 'https://bot', configDir: dir },
    );
    expect(media.uri).toMatch(/^https:\/\/bot\/media\/custom\/[0-9a-f]{32}\.wav$/);
  });
});

describe('a shipped prompts folder', () => {
  it('with a file Graph cannot play fails the load, naming the file', async () => {
    await writeFile(join(dir, 'welcome.wav'), makeWav());
    await writeFile(join(dir, 'loud.wav'), makeWav({ sampleRate: 48_000 }));
    await expect(PromptCatalog.load(dir)).rejects.toThrow(`prompt file ${join(dir, 'loud.wav')}: 48000 Hz`);
  });

  it('with a name the contact-center file could not write fails the load', async () => {
    await writeFile(join(dir, 'Welcome Back.wav'), makeWav());
    await expect(PromptCatalog.load(dir)).rejects.toThrow('name is not kebab-case');
  });
});
