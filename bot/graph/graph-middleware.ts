import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Logger } from 'pino';
import { requestContextOf, setHeader } from './request-context';
import type { TokenProvider } from './token-provider';

/** One attempt of one Graph request, for metrics (a Prometheus histogram later). */
export interface GraphRequestMetrics {
  method: string;
  /** The route key, a bounded label: `POST /communications/calls/{call-id}/playPrompt`. */
  route: string;
  /** 0 when no response came (timeout, network). */
  status: number;
  ms: number;
  /** 1 for the first try, 2 for the first retry… */
  attempt: number;
  tenantId: string;
}

/** A middleware from one step: `run(context, next)`. */
function step(run: (context: Context, next: Middleware) => Promise<void>): Middleware {
  let next: Middleware | undefined;
  return {
    setNext: (middleware) => {
      next = middleware;
    },
    execute: (context) => {
      if (!next) throw new Error('Graph middleware used as the last of the chain');
      return run(context, next);
    },
  };
}

/**
 * Puts the tenant's app-only token on each attempt. (The SDK's own AuthenticationHandler has one token for
 * every request and only sends it to https Graph hosts, so it cannot serve many tenants or the simulator.)
 */
export function tenantAuthHandler(tokens: TokenProvider): Middleware {
  return step(async (context, next) => {
    const request = requestContextOf(context);
    try {
      setHeader(context, 'Authorization', `Bearer ${await tokens.getToken(request.tenantId)}`);
    } catch (error) {
      request.failure = error;
      throw error;
    }
    setHeader(context, 'client-request-id', request.clientRequestId);
    await next.execute(context);
  });
}

/** Logs and measures every attempt: method, path, status, ms, tenant and call ids. */
export function observeHandler(
  logger: Logger,
  onRequest?: (metrics: GraphRequestMetrics) => void,
): Middleware {
  return step(async (context, next) => {
    const request = requestContextOf(context);
    request.attempts += 1;
    const started = performance.now();
    try {
      await next.execute(context);
    } catch (error) {
      request.failure = error;
      throw error;
    } finally {
      const status = request.failure === undefined ? (context.response?.status ?? 0) : 0;
      const metrics: GraphRequestMetrics = {
        method: context.options?.method ?? 'GET',
        route: request.route,
        status,
        ms: Math.round(performance.now() - started),
        attempt: request.attempts,
        tenantId: request.tenantId,
      };
      const fields = {
        ...metrics,
        path: request.path,
        callId: request.callId,
        requestId: context.response?.headers.get('request-id') ?? undefined,
        clientRequestId: request.clientRequestId,
      };
      if (status >= 200 && status < 400) logger.info(fields, 'graph request');
      else
        logger.warn(
          { ...fields, error: (request.failure as Error | undefined)?.message },
          'graph request failed',
        );
      onRequest?.(metrics);
    }
  });
}

/** Bounds each attempt, body included: the fetch is aborted `ms` after it starts. */
export function timeoutHandler(ms: number): Middleware {
  return step(async (context, next) => {
    context.options ??= {};
    context.options.signal = AbortSignal.timeout(ms);
    await next.execute(context);
  });
}
