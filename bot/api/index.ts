/**
 * @module
 * The Switchboard API for the Teams tabs, under `/api/v1`. Every route is a framework-free function of
 * `{ method, path, query, headers, body }` (`createApi(...).handle`) that authenticates the caller's Entra
 * token, authorises by role (Agent, Supervisor, Admin from app roles or the tenant's configuration), validates
 * every input with zod (400 naming each field), scopes every read and write to the caller's tenant, and maps
 * anything thrown to `{ error: { code, message } }` in one funnel. `expressApi` is the thin Express adapter.
 * The realtime stream (`GET /stream`, server-sent events) follows the event log through `startEventTail`,
 * woken by commit notices (PostgreSQL LISTEN/NOTIFY across instances, in-process on PGlite). The OpenAPI 3.1
 * document is generated from the same schemas (`openApiDocument`).
 */

export type { ApiCaller } from './api-caller';
export type { ApiDeps } from './api-deps';
export { ApiError, type ErrorBody, type FieldProblem } from './api-error';
export type { ApiHandler } from './api-handler';
export type { ApiRequest, ApiResponse, JsonResponse, StreamResponse, StreamSink } from './api-http';
export type { Route } from './api-route';
export { type Api, type ApiOptions, createApi } from './create-api';
export { expressApi } from './express-api';
export { API_BASE, openApiDocument } from './openapi';
export { createAgentFeed } from './realtime/agent-feed';
export {
  type EventTail,
  type EventTailOptions,
  MAX_REPLAY,
  ReplayTooLongError,
  startEventTail,
} from './realtime/event-tail';
export { sseMessage } from './realtime/sse';
export type { InteractionDetail, InteractionSummary, Me, Person, StreamEvent } from './schemas/wire-types';
