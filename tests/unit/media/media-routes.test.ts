import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { handleMediaRequest, mediaRoutes, PromptCatalog, SHIPPED_PROMPTS_DIR } from '../../../bot/media';
import { makeWav } from './wav-fixtures';

let catalog: PromptCatalog;
let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  catalog = await PromptCatalog.load();
  dir = await mkdtemp(join(tmpdir(), 'switchboard-media-'));
  const app = express();
  app.use(mediaRoutes(catalog));
  app.use((_req, res) => void res.status(418).end()); // anything the media routes let through
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('GET /media/prompts/{name}.wav', () => {
  it('serves the shipped file as audio/wav, byte for byte, with a long cache lifetime and an ETag', async () => {
    const response = await fetch(`${base}/media/prompts/welcome.wav`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(response.headers.get('etag')).toBe(`"${catalog.shipped('welcome')?.sha256}"`);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(readFileSync(join(SHIPPED_PROMPTS_DIR, 'welcome.wav')))).toBe(true);
    expect(response.headers.get('content-length')).toBe(String(body.length));
  });

  it('answers 304 with no body to a request that already has it', async () => {
    const etag = (await fetch(`${base}/media/prompts/goodbye.wav`)).headers.get('etag') ?? '';
    const response = await fetch(`${base}/media/prompts/goodbye.wav`, {
      headers: { 'if-none-match': `"x", ${etag}` },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(etag);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('sends the file again for an ETag of other audio', async () => {
    const etag = `"${catalog.shipped('welcome')?.sha256}"`;
    const response = await fetch(`${base}/media/prompts/goodbye.wav`, { headers: { 'if-none-match': etag } });
    expect(response.status).toBe(200);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await fetch(`${base}/media/prompts/music-on-hold.wav`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(
      String(catalog.shipped('music-on-hold')?.bytes.length),
    );
  });

  it.each([
    ['an unknown name', '/media/prompts/welcom.wav'],
    ['a name in capitals', '/media/prompts/WELCOME.wav'],
    ['another extension', '/media/prompts/welcome.mp3'],
    ['no extension', '/media/prompts/welcome'],
    ['an encoded traversal', '/media/prompts/..%2F..%2Fpackage.json'],
    ['an encoded traversal to a WAV', '/media/prompts/..%2Fprompts%2Fwelcome.wav'],
    ['an encoded dot-dot', '/media/prompts/%2e%2e%2fwelcome.wav'],
    ['a nested path', '/media/prompts/x/welcome.wav'],
    ['the folder itself', '/media/prompts/'],
    ['an unregistered custom id', `/media/custom/${'0'.repeat(32)}.wav`],
    ['a shipped name as a custom id', '/media/custom/welcome.wav'],
  ])('answers 404 to %s', async (_what, path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(404);
  });

  it('answers 405 to a method other than GET or HEAD', async () => {
    const response = await fetch(`${base}/media/prompts/welcome.wav`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('leaves paths outside /media to the rest of the server', async () => {
    expect((await fetch(`${base}/api/calling`)).status).toBe(418);
  });
});

describe('GET /media/custom/{id}.wav', () => {
  it('serves a registered file under its content hash, cached for good', async () => {
    const bytes = makeWav({ frames: 4_000 });
    await writeFile(join(dir, 'hello.wav'), bytes);
    const custom = await catalog.addCustomFile('hello.wav', dir);
    const response = await fetch(`${base}/media/custom/${custom.id}.wav`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe('handleMediaRequest', () => {
  it('reads the raw path and never decodes it into a name', () => {
    const request = (path: string) =>
      handleMediaRequest(catalog, { method: 'GET', path, headers: {} }).status;
    expect(request('/media/prompts/welcome.wav')).toBe(200);
    expect(request('/media/prompts/welcome%2ewav')).toBe(404);
    expect(request('/media/prompts/%77elcome.wav')).toBe(404);
  });

  it('matches If-None-Match weakly and on *', () => {
    const etag = `"${catalog.shipped('welcome')?.sha256}"`;
    const request = (tag: string) =>
      handleMediaRequest(catalog, {
        method: 'GET',
        path: '/media/prompts/welcome.wav',
        headers: { 'if-none-match': tag },
      }).status;
    expect(request(`W/${etag}`)).toBe(304);
    expect(request('*')).toBe(304);
    expect(request('"other"')).toBe(200);
  });
});
