import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../http/types';
import type { EntraFailure } from './entra-failures';

/** Where and when a refusal happens: the simulator's base URL, the clock, and the caller's request id. */
export interface EntraErrorContext {
  baseUrl: string;
  nowMs: number;
  /** The `client-request-id` the client sent, which Entra reports back as `correlation_id`. */
  correlationId?: string;
}

/**
 * Entra's error body: `{ error, error_description: 'AADSTSn: …\r\nTrace ID…', error_codes, timestamp,
 * trace_id, correlation_id, error_uri }`. Every Entra-side refusal goes through here so the shape never drifts.
 */
export function entraError(failure: EntraFailure, context: EntraErrorContext): SimResponse {
  const traceId = randomUUID();
  const correlationId = context.correlationId ?? randomUUID();
  const timestamp = entraTimestamp(context.nowMs);
  return {
    status: failure.status,
    headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache', 'x-ms-request-id': traceId },
    body: {
      error: failure.error,
      error_description: `AADSTS${failure.code}: ${failure.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [failure.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${context.baseUrl}/error?code=${failure.code}`,
    },
  };
}

/** Entra's timestamp format, `2023-05-06 06:03:00Z`. */
function entraTimestamp(nowMs: number): string {
  return `${new Date(nowMs).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}
