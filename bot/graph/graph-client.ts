import {
  Client,
  HTTPMessageHandler,
  ResponseType,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import type { Logger } from 'pino';
import { GraphError } from './graph-error';
import {
  type GraphRequestMetrics,
  observeHandler,
  tenantAuthHandler,
  timeoutHandler,
} from './graph-middleware';
import { failureOf, readResponse } from './graph-response';
import type { GraphRouteKey, GraphRoutes, RouteParams } from './graph-routes';
import { GraphRequestContext } from './request-context';
import type { TokenProvider } from './token-provider';

/** How the client retries 429 and 503/504 (the SDK's RetryHandler: Retry-After, else backoff with jitter). */
export interface GraphRetryOptions {
  /** Retries after the first try; default 3, at most 10. */
  maxRetries?: number;
  /** Base backoff in seconds when Graph gives no Retry-After; default 3 (attempt n waits about 2^n/2 + base + 0..1 s). */
  delaySeconds?: number;
  /** A Retry-After longer than this is not waited for: the 429 is thrown with its `retryAfterSeconds`; default 30. */
  maxRetryAfterSeconds?: number;
}

/** Where Graph is, who the bot is, and how patient it is. */
export interface GraphClientOptions {
  tokens: TokenProvider;
  logger: Logger;
  /** `GRAPH_BASE_URL`, e.g. `https://graph.microsoft.com/v1.0` (default) or `http://127.0.0.1:4000/v1.0`. */
  baseUrl?: string;
  /** Bound of one attempt, response body included; default 10 s. */
  timeoutMs?: number;
  retry?: GraphRetryOptions;
  /** Called after every attempt, for metrics. */
  onRequest?: (metrics: GraphRequestMetrics) => void;
}

type HasParams<K extends GraphRouteKey> = keyof RouteParams<K> extends never ? false : true;

/** One request on a route: the tenant whose token it takes, the call it concerns (for logs), and its parts. */
export type GraphRequest<K extends GraphRouteKey> = {
  tenantId: string;
  callId?: string;
} & (HasParams<K> extends true ? { params: RouteParams<K> } : { params?: undefined }) &
  (GraphRoutes[K]['body'] extends undefined ? { body?: undefined } : { body: GraphRoutes[K]['body'] }) &
  ([GraphRoutes[K]['query']] extends [never] ? { query?: undefined } : { query?: GraphRoutes[K]['query'] });

/** Sends typed requests to Graph; the only user of `@microsoft/microsoft-graph-client`. */
export interface GraphClient {
  /** The route's response body; throws {@link GraphError} for any non-2xx answer or no answer. */
  send<K extends GraphRouteKey>(route: K, request: GraphRequest<K>): Promise<GraphRoutes[K]['response']>;
}

/**
 * A Graph client on the SDK's middleware chain: retry (429 Retry-After, 503/504 backoff) -> the tenant's token
 * -> log and measure each attempt -> per-attempt timeout -> fetch.
 * @example
 * const graph = createGraphClient({ tokens, logger, baseUrl: env.graphBaseUrl });
 * await graph.send('POST /communications/calls/{call-id}/keepAlive', { tenantId, callId, params: { 'call-id': callId } });
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl ?? 'https://graph.microsoft.com/v1.0');
  const segments = base.pathname.split('/').filter(Boolean);
  const version = segments.pop() ?? 'v1.0';
  const maxRetryAfter = options.retry?.maxRetryAfterSeconds ?? 30;
  const retry = new RetryHandlerOptions(
    options.retry?.delaySeconds ?? 3,
    options.retry?.maxRetries ?? 3,
    (_d, _a, _req, _o, response) => {
      const retryAfter = Number(response.headers.get('retry-after') ?? 0);
      return !(retryAfter > maxRetryAfter);
    },
  );
  const client = Client.initWithMiddleware({
    baseUrl: `${base.origin}/${segments.map((s) => `${s}/`).join('')}`,
    defaultVersion: version,
    middleware: [
      new RetryHandler(retry),
      tenantAuthHandler(options.tokens),
      observeHandler(options.logger, options.onRequest),
      timeoutHandler(options.timeoutMs ?? 10_000),
      new HTTPMessageHandler(),
    ],
  });

  return {
    async send(route, request) {
      const [method, template] = route.split(' ') as [string, string];
      const params = (request.params ?? {}) as Record<string, string>;
      const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
        if (!params[name]) throw new TypeError(`${route}: no value for {${name}}`);
        return encodeURIComponent(params[name]);
      });
      const context = new GraphRequestContext(route, path, request.tenantId, request.callId);
      let api = client.api(path).middlewareOptions([context]).responseType(ResponseType.RAW);
      if (request.query) {
        const query = Object.entries(request.query as Record<string, string>).map(([k, v]) => [
          k,
          encodeURIComponent(v),
        ]);
        api = api.query(Object.fromEntries(query));
      }
      try {
        const response: Response =
          method === 'GET'
            ? await api.get()
            : method === 'DELETE'
              ? await api.delete()
              : await api.post(request.body);
        return await readResponse(response, context);
      } catch (error) {
        throw error instanceof GraphError ? error : failureOf(context, error);
      }
    },
  };
}
