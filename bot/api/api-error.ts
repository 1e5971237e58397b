import type { Logger } from 'pino';
import { StoreError } from '../../src/store';
import { EntraKeysUnavailableError } from '../auth';
import { GraphError } from '../graph';
import type { JsonResponse } from './api-http';

/** Where a wrong input was: the JSON body, the query string, the path, or a header. */
export type InputPlace = 'body' | 'query' | 'path' | 'header';

/** One wrong input, named: `{ in: 'body', field: 'reason', message: 'required when status is notReady' }`. */
export interface FieldProblem {
  in: InputPlace;
  /** Dotted path in the input (`reason`, `items.0.id`); empty for the input as a whole. */
  field: string;
  message: string;
}

/** The wire shape of every error the API answers. */
export interface ErrorBody {
  error: { code: string; message: string; details?: FieldProblem[] };
}

/**
 * A failure the API answers with a status and a stable `code`; thrown by handlers and turned into the wire
 * shape by {@link errorResponse}, the one funnel. `details` name each wrong field of a 400.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { details?: FieldProblem[]; headers?: Record<string, string> } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** A 400 naming each wrong field; the message lists them all (`body.status: …; body.reason: …`). */
  static invalid(problems: FieldProblem[]): ApiError {
    const message = problems
      .map((p) => `${p.field === '' ? p.in : `${p.in}.${p.field}`}: ${p.message}`)
      .join('; ');
    return new ApiError(400, 'invalidRequest', message, { details: problems });
  }

  static notFound(what: string, id: string): ApiError {
    return new ApiError(404, `${what}NotFound`, `no ${what} ${id} in your tenant`);
  }
}

/**
 * The one funnel from anything thrown to `{ error: { code, message } }`: an {@link ApiError} as it says,
 * Entra's keys unreachable 503, the store unreachable 503 (a conflict 409, worth a retry), Graph failing 502;
 * anything else 500, logged, with nothing of its message sent.
 */
export function errorResponse(error: unknown, logger: Pick<Logger, 'error'>): JsonResponse {
  if (error instanceof ApiError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.extra.details) body.error.details = error.extra.details;
    return { status: error.status, headers: error.extra.headers, body };
  }
  if (error instanceof EntraKeysUnavailableError)
    return failure(503, 'authUnavailable', "Entra's signing keys could not be fetched; try again shortly", {
      'retry-after': '5',
    });
  if (error instanceof StoreError && error.reason === 'unavailable')
    return failure(503, 'storeUnavailable', 'the database is out of reach; try again shortly', {
      'retry-after': '5',
    });
  if (error instanceof StoreError && (error.reason === 'conflict' || error.reason === 'staleVersion'))
    return failure(409, 'conflict', 'a concurrent change got there first; try again');
  if (error instanceof GraphError)
    return failure(502, 'graphUnavailable', `Microsoft Graph failed: ${error.message}`);
  logger.error({ err: error }, 'API request failed');
  return failure(500, 'internal', 'the server failed to answer; the failure is logged');
}

function failure(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): JsonResponse {
  const body: ErrorBody = { error: { code, message } };
  return { status, ...(headers ? { headers } : {}), body };
}
