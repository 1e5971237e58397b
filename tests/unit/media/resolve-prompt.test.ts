import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PromptCatalog, PromptError, SHIPPED_PROMPTS_DIR } from '../../../bot/media';
import { makeWav } from './wav-fixtures';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const mediaBaseUrl = 'https://bot.contoso.com';

let dir: string;
let catalog: PromptCatalog;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'switchboard-prompts-'));
  catalog = await PromptCatalog.load();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('resolvePrompt', () => {
  it('gives a shipped prompt its URL on this server and a GUID resourceId', () => {
    const media = catalog.resolvePrompt(
      { kind: 'shipped', name: 'welcome' },
      { mediaBaseUrl, configDir: dir },
    );
    expect(media.uri).toBe('https://bot.contoso.com/media/prompts/welcome.wav');
    expect(media.resourceId).toMatch(GUID);
  });

  it('keeps a shipped prompt’s resourceId across restarts and gives each prompt its own', async () => {
    const again = await PromptCatalog.load();
    const resolve = (from: PromptCatalog, name: string) =>
      from.resolvePrompt({ kind: 'shipped', name }, { mediaBaseUrl, configDir: dir }).resourceId;
    expect(resolve(again, 'welcome')).toBe(resolve(catalog, 'welcome'));
    expect(resolve(catalog, 'goodbye')).not.toBe(resolve(catalog, 'welcome'));
  });

  it('gives a shipped prompt a new resourceId when its audio changes, so Graph fetches it again', async () => {
    await copyFile(join(SHIPPED_PROMPTS_DIR, 'welcome.wav'), join(dir, 'welcome.wav'));
    const before = await PromptCatalog.load(dir);
    await writeFile(join(dir, 'welcome.wav'), makeWav());
    const after = await PromptCatalog.load(dir);
    const resolve = (from: PromptCatalog) =>
      from.resolvePrompt({ kind: 'shipped', name: 'welcome' }, { mediaBaseUrl, configDir: dir }).resourceId;
    expect(resolve(before)).toBe(resolve(catalog));
    expect(resolve(after)).not.toBe(resolve(before));
  });

  it('ignores a trailing slash on the base URL', () => {
    const media = catalog.resolvePrompt(
      { kind: 'shipped', name: 'music-on-hold' },
      { mediaBaseUrl: 'https://bot.contoso.com/', configDir: dir },
    );
    expect(media.uri).toBe('https://bot.contoso.com/media/prompts/music-on-hold.wav');
  });

  it('refuses a shipped name that does not ship', () => {
    const resolve = () =>
      catalog.resolvePrompt({ kind: 'shipped', name: 'welcom' }, { mediaBaseUrl, configDir: dir });
    expect(resolve).toThrow(PromptError);
    expect(resolve).toThrow('no shipped prompt "welcom"');
  });

  it('passes a URL through, with a resourceId that follows the URL', () => {
    const url = 'https://cdn.contoso.com/prompts/greeting.wav';
    const media = catalog.resolvePrompt({ kind: 'url', url }, { mediaBaseUrl, configDir: dir });
    const other = catalog.resolvePrompt({ kind: 'url', url: `${url}?v=2` }, { mediaBaseUrl, configDir: dir });
    expect(media.uri).toBe(url);
    expect(media.resourceId).toMatch(GUID);
    expect(catalog.resolvePrompt({ kind: 'url', url }, { mediaBaseUrl, configDir: '/' })).toEqual(media);
    expect(other.resourceId).not.toBe(media.resourceId);
  });

  it('serves a registered file under the hash of its content, found from the config folder', async () => {
    await writeFile(join(dir, 'hello.wav'), makeWav({ frames: 16_000 }));
    const custom = await catalog.addCustomFile('hello.wav', dir);
    const media = catalog.resolvePrompt(
      { kind: 'file', path: 'hello.wav' },
      { mediaBaseUrl, configDir: dir },
    );
    expect(custom.id).toMatch(/^[0-9a-f]{32}$/);
    expect(media).toEqual({
      uri: `https://bot.contoso.com/media/custom/${custom.id}.wav`,
      resourceId: custom.resourceId,
    });
    expect(media.resourceId).toMatch(GUID);
    expect(catalog.custom(custom.id)?.durationMs).toBe(1000);
    expect(catalog.durationMs({ kind: 'file', path: join(dir, 'hello.wav') })).toBe(1000);
  });

  it('gives a file new content a new URL and resourceId', async () => {
    const file = join(dir, 'hello.wav');
    await writeFile(file, makeWav({ frames: 16_000 }));
    const first = await catalog.addCustomFile(file);
    await writeFile(file, makeWav({ frames: 8_000 }));
    const second = await catalog.addCustomFile(file);
    expect(second.id).not.toBe(first.id);
    expect(second.resourceId).not.toBe(first.resourceId);
    expect(
      catalog.resolvePrompt({ kind: 'file', path: file }, { mediaBaseUrl, configDir: '/' }).uri,
    ).toContain(second.id);
  });

  it('refuses a file that was not registered at load', () => {
    const resolve = () =>
      catalog.resolvePrompt({ kind: 'file', path: 'later.wav' }, { mediaBaseUrl, configDir: dir });
    expect(resolve).toThrow(`prompt file ${join(dir, 'later.wav')} was not checked and registered at load`);
  });
});

describe('durationMs', () => {
  it('knows shipped prompts, and not URLs, which Graph fetches', () => {
    expect(catalog.durationMs({ kind: 'shipped', name: 'music-on-hold' })).toBeGreaterThanOrEqual(20_000);
    expect(catalog.durationMs({ kind: 'url', url: 'https://cdn.contoso.com/a.wav' })).toBeUndefined();
  });
});
