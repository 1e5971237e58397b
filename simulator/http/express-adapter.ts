import express, { type Request, type Response } from 'express';
import type { SimRequest, SimResponse } from './types';

/** Turns a framework-free handler into Express middleware: parse, call, write. Nothing else. */
export function expressHandler(
  handle: (req: SimRequest) => Promise<SimResponse>,
  malformed: (message: string) => SimResponse,
) {
  return [
    express.raw({ type: () => true, limit: '1mb' }),
    async (req: Request, res: Response) => {
      const body = parseBody(req);
      let response: SimResponse;
      try {
        response =
          'malformed' in body ? malformed(body.malformed) : await handle(toSimRequest(req, body.value));
      } catch (error) {
        // A simulator bug must still answer in Graph's shape, and say what broke.
        response = {
          status: 500,
          body: { error: { code: 'generalException', message: String((error as Error).stack ?? error) } },
        };
      }
      write(res, response);
    },
  ];
}

function parseBody(req: Request): { value: unknown } | { malformed: string } {
  const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (raw.length === 0) return { value: undefined };
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  const text = raw.toString('utf8');
  if (type.includes('application/x-www-form-urlencoded')) {
    return { value: Object.fromEntries(new URLSearchParams(text)) };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { malformed: `The request body is not valid JSON: ${(error as Error).message}` };
  }
}

function toSimRequest(req: Request, body: unknown): SimRequest {
  const url = new URL(req.originalUrl, 'http://simulator');
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return { method: req.method, path: url.pathname, query: url.searchParams, headers, body };
}

function write(res: Response, response: SimResponse): void {
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  const { body } = response;
  if (body === undefined) res.end();
  else if (Buffer.isBuffer(body)) res.end(body);
  else if (typeof body === 'string') res.type(response.headers?.['content-type'] ?? 'text/plain').send(body);
  else res.json(body);
}
