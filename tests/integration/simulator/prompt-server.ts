import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeWav } from '../../../simulator/media';

/** Serves WAV prompts for a test: `/hello.wav` (2 s), `/short.wav` (0.5 s), `/stereo.wav` (wrong format), and more. */
export async function startPromptServer(): Promise<{ url: string; close(): Promise<void> }> {
  const files: Record<string, Buffer> = {
    '/hello.wav': makeWav({ durationMs: 2000, toneHz: 440 }),
    '/short.wav': makeWav({ durationMs: 500, toneHz: 660 }),
    '/music.wav': makeWav({ durationMs: 1000, toneHz: 330 }),
    '/stereo.wav': stereo(makeWav({ durationMs: 1000 })),
    // The files Graph's answer example pre-fetches, served here in place of cdn.contoso.com.
    '/beep.wav': makeWav({ durationMs: 300, toneHz: 1000 }),
    '/cool.wav': makeWav({ durationMs: 400, toneHz: 550 }),
  };
  const server: Server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'audio/wav' }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The same samples declared as two channels: a WAV Graph refuses. */
function stereo(wav: Buffer): Buffer {
  const copy = Buffer.from(wav);
  copy.writeUInt16LE(2, 22);
  copy.writeUInt32LE(16000 * 4, 28);
  copy.writeUInt16LE(4, 32);
  return copy;
}
