import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How the test server answers one path: bytes with 200, a bare status, or bytes after a delay (with
 * `headersFirst`, the status line and the first 44 bytes go out at once and the rest after the delay).
 */
export type Served = Buffer | { status: number } | { delayMs: number; body: Buffer; headersFirst?: boolean };

/** A real `node:http` server on port 0 serving fixed files, for loading prompts over the wire. */
export interface PromptServer {
  url(path: string): string;
  /** Replaces or adds what a path serves. */
  serve(path: string, served: Served): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 with a free port; `close()` drops open connections, stalled ones too. */
export async function startPromptServer(files: Record<string, Served>): Promise<PromptServer> {
  const table = new Map(Object.entries(files));
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const served = table.get(req.url ?? '');
    if (served === undefined) {
      res.writeHead(404).end();
    } else if (Buffer.isBuffer(served)) {
      res.writeHead(200, { 'Content-Type': 'audio/wav' }).end(served);
    } else if ('status' in served) {
      res.writeHead(served.status).end();
    } else {
      const sent = served.headersFirst ? 44 : 0;
      if (served.headersFirst)
        res.writeHead(200, { 'Content-Type': 'audio/wav' }).write(served.body.subarray(0, sent));
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.headersSent) res.writeHead(200, { 'Content-Type': 'audio/wav' });
        res.end(served.body.subarray(sent));
      }, served.delayMs);
      timers.add(timer);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    serve: (path, served) => table.set(path, served),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on a port that was just freed, so connecting to it is refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/beep.wav`;
}
