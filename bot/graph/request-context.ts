import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/**
 * What the middleware chain knows about one logical request (all its attempts): the route, the tenant whose
 * token it needs, the call it is about, and what went wrong inside the chain. The SDK rewraps anything thrown
 * in the chain into its own error, so the original is kept here for {@link GraphError}.
 */
export class GraphRequestContext implements MiddlewareOptions {
  readonly clientRequestId = randomUUID();
  attempts = 0;
  /** An error thrown inside the chain (token, timeout, network) as it was thrown. */
  failure?: unknown;

  constructor(
    readonly route: string,
    readonly path: string,
    readonly tenantId: string,
    readonly callId?: string,
  ) {}
}

/** The request context of a middleware invocation; every request the client sends has one. */
export function requestContextOf(context: Context): GraphRequestContext {
  const found = context.middlewareControl?.getMiddlewareOptions(GraphRequestContext);
  if (!(found instanceof GraphRequestContext))
    throw new Error('Graph request sent without a GraphRequestContext');
  return found;
}

/** Sets a header on the fetch options of a middleware invocation, whatever form the headers have. */
export function setHeader(context: Context, name: string, value: string): void {
  const options = context.options ?? {};
  context.options = options;
  const { headers } = options;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) {
    options.headers = [
      ...headers.filter(([key]) => key?.toLowerCase() !== name.toLowerCase()),
      [name, value],
    ];
  } else options.headers = { ...headers, [name]: value };
}
