import { randomUUID } from 'node:crypto';
import type { SimResponse } from './types';

/**
 * Graph's error body: `{"error":{"code","message","innerError":{date,request-id,client-request-id}}}`.
 * Every Graph-side failure of the simulator goes through here so the shape never drifts.
 */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): SimResponse {
  const requestId = randomUUID();
  return {
    status,
    headers: { 'request-id': requestId, ...headers },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString(),
          'request-id': requestId,
          'client-request-id': requestId,
        },
      },
    },
  };
}
