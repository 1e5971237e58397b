import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { CallingRequest, CallingResponse, CallingWebhook } from './calling-webhook';

/** Where and how the webhook is mounted. */
export interface ExpressCallingOptions {
  /** Default `/api/calling`. */
  path?: string;
  /** Largest body accepted, as `express.json` takes it; default `1mb` (rosters of large calls are big). */
  limit?: string | number;
}

/**
 * Mounts the calling webhook on `POST /api/calling`: reads the body as JSON whatever its content type,
 * calls the handler, writes its answer. A body that is not JSON reaches the handler as `bodyError`, so the
 * 400 comes only after the token is checked; a body over the limit is refused with 413 before reading it.
 * @example app.use(expressCalling(webhook, { limit: '1mb' }));
 */
export function expressCalling(webhook: CallingWebhook, options: ExpressCallingOptions = {}): Router {
  const path = options.path ?? '/api/calling';
  const router = express.Router();
  router.post(
    path,
    express.raw({ type: () => true, limit: options.limit ?? '1mb' }),
    async (req: Request, res: Response) => {
      write(res, await webhook(toCallingRequest(req)));
    },
  );
  router.use(path, (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const type = (error as { type?: unknown } | undefined)?.type;
    if (type === 'entity.too.large')
      write(res, failure(413, 'tooLarge', 'the notification body is over the size limit'));
    else if (type === 'encoding.unsupported' || type === 'charset.unsupported')
      write(res, failure(415, 'unsupportedEncoding', String((error as Error).message)));
    else next(error);
  });
  return router;
}

function toCallingRequest(req: Request): CallingRequest {
  const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const request: CallingRequest = {
    headers: req.headers,
    body: undefined,
    query: { ...(req.query as Record<string, unknown>) },
  };
  if (raw.length === 0) return request;
  try {
    request.body = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    request.bodyError = `the body is not valid JSON: ${(error as Error).message}`;
  }
  return request;
}

function failure(status: number, code: string, message: string): CallingResponse {
  return { status, body: { error: { code, message } } };
}

function write(res: Response, response: CallingResponse): void {
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (response.body === undefined) res.end();
  else res.json(response.body);
}
