import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { ApiHandler } from './api-handler';
import { type ApiRequest, isStream, type JsonResponse, type StreamResponse } from './api-http';
import { API_BASE } from './openapi';

/**
 * Mounts the API under `/api/v1`: reads the body as JSON (at most 64 kB), calls the handler, writes its
 * answer; a stream is written chunk by chunk and stopped when the client goes away. Nothing else.
 * @example app.use(expressApi(api.handle, { logger }));
 */
export function expressApi(
  handle: ApiHandler,
  options: { logger: Pick<Logger, 'error'>; limit?: string },
): Router {
  const router = express.Router();
  router.use(
    API_BASE,
    express.raw({ type: () => true, limit: options.limit ?? '64kb' }),
    async (req, res) => {
      const response = await handle(toApiRequest(req));
      if (isStream(response)) await stream(req, res, response, options.logger);
      else write(res, response);
    },
  );
  router.use(API_BASE, (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const type = (error as { type?: unknown } | undefined)?.type;
    if (type === 'entity.too.large')
      write(res, { status: 413, body: { error: { code: 'tooLarge', message: 'the body is over 64 kB' } } });
    else next(error);
  });
  return router;
}

function toApiRequest(req: Request): ApiRequest {
  const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const request: ApiRequest = {
    method: req.method,
    path: req.path,
    query: { ...(req.query as Record<string, unknown>) },
    headers: req.headers,
    body: undefined,
  };
  if (raw.length === 0) return request;
  try {
    request.body = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    request.bodyError = `the body is not valid JSON: ${(error as Error).message}`;
  }
  return request;
}

function write(res: Response, response: JsonResponse): void {
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  res.setHeader('cache-control', 'no-store');
  if (response.bytes !== undefined) res.end(Buffer.from(response.bytes));
  else if (response.body === undefined) res.end();
  // A text body (a CSV export) goes as it is, with the content type its route set.
  else if (typeof response.body === 'string') res.send(response.body);
  else res.json(response.body);
}

async function stream(req: Request, res: Response, response: StreamResponse, logger: Pick<Logger, 'error'>) {
  res.writeHead(response.status, response.headers);
  res.flushHeaders();
  req.socket.setNoDelay(true);
  let gone = false;
  let stop: (() => void) | undefined;
  res.on('close', () => {
    gone = true;
    stop?.();
  });
  try {
    stop = await response.open({
      write: (chunk) => {
        if (!gone) res.write(chunk);
      },
      end: () => res.end(),
    });
    if (gone) stop();
  } catch (error) {
    logger.error({ err: error }, 'opening the stream failed');
    res.end();
  }
}
