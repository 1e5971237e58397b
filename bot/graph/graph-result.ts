import type { GraphError } from './graph-error';

/**
 * The expected outcome of a request on one call: done, or one of the failures routing must react to
 * (the call is gone; Graph refused the target). Everything else is thrown as a {@link GraphError}.
 */
export type CallResult<T = void, R extends CallFailure = 'callGone'> =
  | { ok: true; value: T }
  | { ok: false; reason: R; error: GraphError };

/**
 * - `callGone`: Graph answered 404 for the call; it has ended (or never was this app's), so drop local state.
 * - `targetRefused`: Graph refused where the call was sent (403: another tenant's user, PSTN without an
 *   application instance, 7505), so the caller must be routed elsewhere.
 */
export type CallFailure = 'callGone' | 'targetRefused';
