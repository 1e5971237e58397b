import { GraphError, reasonOfStatus } from './graph-error';
import type { GraphRequestContext } from './request-context';

interface GraphErrorBody {
  error?: { code?: string; message?: string; innerError?: { 'request-id'?: string } };
}

/** The body of a Graph answer, or the {@link GraphError} a non-2xx answer means. Always reads the body. */
export async function readResponse<T>(response: Response, request: GraphRequestContext): Promise<T> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch (cause) {
    if (response.ok)
      throw errorOf(request, {
        reason: 'serverError',
        status: response.status,
        code: 'invalidResponse',
        message: 'Graph answered a body that is not JSON',
        cause,
      });
    body = undefined;
  }
  if (response.ok) return body as T;
  const error = (body as GraphErrorBody | undefined)?.error;
  const retryAfter = Number(response.headers.get('retry-after'));
  throw errorOf(request, {
    reason: reasonOfStatus(response.status),
    status: response.status,
    code: error?.code ?? `http${response.status}`,
    message: error?.message ?? `Graph answered ${response.status} ${response.statusText}`,
    requestId: response.headers.get('request-id') ?? error?.innerError?.['request-id'],
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  });
}

/**
 * The {@link GraphError} for a request that got no usable answer: what the middleware chain recorded
 * (a token failure is already one; an aborted fetch is a timeout; anything else a network failure).
 */
export function failureOf(request: GraphRequestContext, thrown: unknown): GraphError {
  const failure = request.failure ?? thrown;
  if (failure instanceof GraphError) return failure;
  const name = (failure as Error | undefined)?.name;
  const timedOut = name === 'TimeoutError' || name === 'AbortError';
  return errorOf(request, {
    reason: timedOut ? 'timeout' : 'network',
    status: 0,
    code: timedOut ? 'timeout' : 'networkError',
    message: `${request.route} got no answer: ${(failure as Error | undefined)?.message ?? String(failure)}`,
    cause: failure,
  });
}

function errorOf(
  request: GraphRequestContext,
  init: Omit<ConstructorParameters<typeof GraphError>[0], 'tenantId' | 'callId' | 'route'>,
): GraphError {
  return new GraphError({
    ...init,
    tenantId: request.tenantId,
    callId: request.callId,
    route: request.route,
  });
}
