/**
 * Why a Graph request failed, from the bot's point of view. `timeout`, `network` and `token` are failures
 * with no Graph response at all (`status` 0); the rest follow the HTTP status Graph answered.
 */
export type GraphErrorReason =
  | 'badRequest'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'throttled'
  | 'serverError'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'token';

/** What a {@link GraphError} is made of: Graph's answer plus the identifiers of the failing request. */
export interface GraphErrorInit {
  reason: GraphErrorReason;
  /** The HTTP status Graph answered; 0 when there was no answer (timeout, network, token). */
  status: number;
  /** Graph's `error.code` (`itemNotFound`, `7505`, `TooManyRequests`…), or the client-side failure's code. */
  code: string;
  message: string;
  tenantId: string;
  callId?: string;
  /** The route key (`POST /communications/calls/{call-id}/transfer`). */
  route?: string;
  /** Graph's `request-id`, to quote to Microsoft support. */
  requestId?: string;
  /** From a 429's `Retry-After` when the client gave up waiting. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * The one error of the Graph capability: a request Graph refused or that never got an answer. Carries the
 * status, Graph's code and request id and the tenant and call it was about, so a log line says everything.
 * @example if (error instanceof GraphError && error.reason === 'throttled') retryLater(error.retryAfterSeconds);
 */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  readonly reason: GraphErrorReason;
  readonly status: number;
  readonly code: string;
  readonly tenantId: string;
  readonly callId?: string;
  readonly route?: string;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;

  constructor(init: GraphErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = init.reason;
    this.status = init.status;
    this.code = init.code;
    this.tenantId = init.tenantId;
    this.callId = init.callId;
    this.route = init.route;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** The reason that goes with an HTTP status Graph answered. */
export function reasonOfStatus(status: number): GraphErrorReason {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 429) return 'throttled';
  if (status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'serverError';
  return 'badRequest';
}
