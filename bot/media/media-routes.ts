import { type Request, type Response, Router } from 'express';
import type { PromptCatalog } from './prompt-catalog';

/** A request for prompt audio, as the handler sees it: framework-free. */
export interface MediaRequest {
  method: string;
  /** The path as it came, still percent-encoded, without the query string. */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string | string[] | undefined>;
}

/** What the handler answers; `body` is the WAV bytes of a 200. */
export interface MediaResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer;
}

// Names are matched on the raw path against these shapes and then looked up in the catalog; nothing from the
// request is ever joined into a file path, so `..%2F` and friends can only miss.
const SHIPPED_PATH = /^\/media\/prompts\/([a-z0-9]+(?:-[a-z0-9]+)*)\.wav$/;
const CUSTOM_PATH = /^\/media\/custom\/([0-9a-f]{32})\.wav$/;

/** Shipped prompts change only with a release and are revalidated by ETag; custom URLs name their content. */
const SHIPPED_CACHE = 'public, max-age=86400';
const CUSTOM_CACHE = 'public, max-age=31536000, immutable';

/**
 * Serves prompt audio to Graph: `GET /media/prompts/{name}.wav` (shipped) and `GET /media/custom/{id}.wav`
 * (the operator's files), as `audio/wav` with a strong ETag (the content hash) and `304` for a matching
 * `If-None-Match`; 404 for anything not in the catalog, 405 for a method other than GET or HEAD.
 */
export function handleMediaRequest(catalog: PromptCatalog, request: MediaRequest): MediaResponse {
  const shippedName = SHIPPED_PATH.exec(request.path)?.[1];
  const customId = CUSTOM_PATH.exec(request.path)?.[1];
  const prompt =
    shippedName !== undefined
      ? catalog.shipped(shippedName)
      : customId !== undefined
        ? catalog.custom(customId)
        : undefined;
  if (!prompt) return { status: 404, headers: {} };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, headers: { allow: 'GET, HEAD' } };
  }
  const headers = {
    etag: `"${prompt.sha256}"`,
    'cache-control': shippedName !== undefined ? SHIPPED_CACHE : CUSTOM_CACHE,
  };
  if (matchesEtag(request.headers['if-none-match'], headers.etag)) return { status: 304, headers };
  return {
    status: 200,
    headers: {
      ...headers,
      'content-type': 'audio/wav',
      'content-length': String(prompt.bytes.length),
      'x-content-type-options': 'nosniff',
    },
    body: prompt.bytes,
  };
}

/** `If-None-Match` as RFC 9110 reads it for GET: `*`, or a list of tags compared weakly. */
function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim());
  return tags.some((tag) => tag === '*' || tag.replace(/^W\//, '') === etag);
}

/**
 * The Express routes of `handleMediaRequest`, to mount at the root of the server Graph fetches from.
 * @example app.use(mediaRoutes(await PromptCatalog.load()))
 */
export function mediaRoutes(catalog: PromptCatalog): Router {
  const router = Router();
  router.all('/media/*path', (req: Request, res: Response) => {
    const response = handleMediaRequest(catalog, {
      method: req.method,
      path: req.originalUrl.split('?', 1)[0] ?? '',
      headers: req.headers,
    });
    res.status(response.status).set(response.headers);
    res.end(response.body);
  });
  return router;
}
