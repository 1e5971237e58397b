import { StoreError, type StoreErrorContext, type StoreErrorReason } from './store-error';

const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const conflictCodes = new Set(['23505', '40001', '40P01']);
/** Messages of broken connections that carry no code (pg's client, PGlite after close). */
const unavailableMessage = /Connection terminated|connection error and is not queryable|PGlite is closed/i;

/**
 * Classifies a driver error (pg, PGlite, or drizzle's wrapper around either) by its SQLSTATE or socket
 * code; `undefined` means the caller has nothing specific to do and the error should travel as it is.
 */
export function classifyDriverError(error: unknown): StoreErrorReason | undefined {
  // Walk `cause` by shape, not `instanceof Error`: socket errors may come from another realm (jest's sandbox).
  for (
    let e = error as ErrorShape | undefined, depth = 0;
    isObject(e) && depth < 5;
    e = e.cause, depth += 1
  ) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code !== undefined && conflictCodes.has(code)) return 'conflict';
    if (code !== undefined && (unavailableCodes.has(code) || code.startsWith('08'))) return 'unavailable';
    if (typeof e.message === 'string' && unavailableMessage.test(e.message)) return 'unavailable';
  }
  return undefined;
}

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  cause?: ErrorShape;
}

const isObject = (value: unknown): value is ErrorShape => typeof value === 'object' && value !== null;

/**
 * Runs one store operation and turns a driver error a caller must tell apart into a `StoreError` naming
 * the operation and its identifiers; other errors (including `StoreError`s) pass through untouched.
 */
export async function storeOperation<T>(
  operation: string,
  context: StoreErrorContext,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const reason = classifyDriverError(error);
    if (reason === undefined) throw error;
    throw new StoreError(reason, operation, context, { cause: error });
  }
}
