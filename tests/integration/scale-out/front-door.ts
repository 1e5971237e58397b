import { Agent, createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the front door passed on, as it saw it. */
export interface Exchange {
  method: string;
  path: string;
  /** The request body as received. */
  body: Buffer;
  /** The backend's status; 502 when no backend answered. */
  status: number;
  /** `performance.now()` when the request was fully received, and when the answer came back. */
  receivedAt: number;
  answeredAt: number;
  /** The backend that answered. */
  target: string | undefined;
}

/** A running front door. */
export interface FrontDoor {
  url: string;
  /** Replaces the backends (an instance killed or restarted). */
  setTargets(targets: string[]): void;
  close(): Promise<void>;
}

/**
 * One address in front of several server instances, as a load balancer gives a deployment: requests go
 * round-robin; a backend that refuses or drops the connection before answering is skipped and the request
 * tried on the next, for up to 3 s (Graph notifications are idempotent, so a retry is safe). `onExchange` sees every
 * request with its timing, which the benchmark uses to measure acknowledgement and answer latency.
 */
export async function startFrontDoor(options: {
  targets: string[];
  onExchange?: (exchange: Exchange) => void;
  onRequest?: (method: string, path: string, body: Buffer, receivedAt: number) => void;
}): Promise<FrontDoor> {
  let targets = [...options.targets];
  let next = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });

  const forward = (
    target: string,
    incoming: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const url = new URL(incoming.url ?? '/', target);
      const headers = { ...incoming.headers, host: url.host, 'content-length': String(body.length) };
      const outgoing = request(url, { method: incoming.method, headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', async () => {
      const body = Buffer.concat(chunks);
      const receivedAt = performance.now();
      const method = incoming.method ?? 'GET';
      const path = incoming.url ?? '/';
      options.onRequest?.(method, path, body, receivedAt);
      let answer: Awaited<ReturnType<typeof forward>> | undefined;
      let target: string | undefined;
      // A balancer keeps trying for a while: an instance may be restarting, a pooled socket may be stale.
      const giveUpAt = performance.now() + 3000;
      while (!answer && performance.now() < giveUpAt) {
        target = targets[next++ % Math.max(1, targets.length)];
        if (target) answer = await forward(target, incoming, body).catch(() => undefined);
        if (!answer) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const status = answer?.status ?? 502;
      options.onExchange?.({ method, path, body, status, receivedAt, answeredAt: performance.now(), target });
      const headers = { ...(answer?.headers ?? {}) };
      delete headers['transfer-encoding'];
      delete headers.connection;
      outgoing.writeHead(status, headers);
      outgoing.end(answer?.body ?? 'no backend answered');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setTargets: (list) => {
      targets = [...list];
    },
    close: async () => {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
