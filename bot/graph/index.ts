/**
 * @module
 * The calling bot's Microsoft Graph client. App-only tokens per tenant (MSAL client credentials, the only
 * place `@azure/msal-node` is used), requests through `@microsoft/microsoft-graph-client` (the only place it
 * is used) with retries on 429/503/504, a timeout per attempt, and a log line and metrics for every attempt.
 * On top: the calls API (answer, prompts, DTMF, transfer, hang up, keep-alive, outbound calls, hold music)
 * with request bodies exactly as Graph's v1.0 schema wants them, batched presence within Graph's limits,
 * and user search. The server uses the {@link GraphPort} interface; failures are one {@link GraphError}
 * family, and the outcomes routing must react to (call gone, target refused) come back as results.
 */

export type { CallTarget, CreateCallOptions, RecordOptions } from './call-bodies';
export { MAX_CLIENT_CONTEXT_LENGTH, MAX_PROMPTS_PER_REQUEST } from './call-bodies';
export type { AnswerOptions, CallsApi, CreatedCall } from './calls';
export { createCallsApi } from './calls';
export type { GraphClient, GraphClientOptions, GraphRequest, GraphRetryOptions } from './graph-client';
export { createGraphClient } from './graph-client';
export type { GraphErrorInit, GraphErrorReason } from './graph-error';
export { GraphError } from './graph-error';
export type { GraphRequestMetrics } from './graph-middleware';
export type { GraphPort, GraphPortOptions } from './graph-port';
export { createGraphPort } from './graph-port';
export type { CallFailure, CallResult } from './graph-result';
export type { CommsOperation, GraphRouteKey, GraphRoutes, MediaInfo, OperationStatus } from './graph-routes';
export type { PresenceApi, PresenceStatus } from './presence';
export {
  createPresenceApi,
  PRESENCE_IDS_PER_REQUEST,
  PRESENCE_REQUESTS_PER_WINDOW,
  PRESENCE_WINDOW_MS,
} from './presence';
export type { SlidingWindowOptions } from './sliding-window-limiter';
export { SlidingWindowLimiter } from './sliding-window-limiter';
export type { TokenProvider, TokenProviderOptions } from './token-provider';
export { createTokenProvider } from './token-provider';
export type { DirectoryUser, UsersApi } from './users';
export { createUsersApi } from './users';
