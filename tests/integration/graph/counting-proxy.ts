import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request that went through the proxy. */
export interface ProxyHit {
  method: string;
  path: string;
}

/**
 * A pass-through HTTP proxy in front of `target` that records every request. Pointing the bot's
 * `AUTHORITY_HOST` at it counts the token requests that really reach Entra, whatever MSAL says about its cache.
 */
export async function startCountingProxy(
  target: string,
): Promise<{ url: string; hits: ProxyHit[]; close(): Promise<void> }> {
  const hits: ProxyHit[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      hits.push({ method: req.method ?? 'GET', path: req.url ?? '/' });
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && name !== 'host' && name !== 'content-length')
          headers.set(name, value);
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body });
      const payload = Buffer.from(await answer.arrayBuffer());
      res.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/octet-stream',
      });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
