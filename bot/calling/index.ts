/**
 * @module
 * The calling webhook (`POST /api/calling`): Graph's calling notifications come in here. Each POST is
 * authenticated (bearer JWT signed by the keys of the calling OpenID configuration, tenant = `tid`),
 * parsed with schemas tolerant of Graph's casing and numbers-as-strings, translated to facts the call
 * state machine consumes (`incoming`, or a `CallEvent`), answered 202 at once and dispatched in the
 * background. Legacy (Skype-format) payloads get 204, malformed ones 400, refused tokens 401/403, and in
 * those cases nothing is dispatched. The handler is framework-free; `expressCalling` mounts it.
 */

export type {
  CallEventFact,
  CallFact,
  IgnoredNotification,
  IncomingCall,
  LegEventFact,
  NotificationFact,
} from './call-fact';
export {
  CALLING_OPENID_METADATA_URL,
  type CallingKeysOptions,
  CallingKeysUnavailableError,
  createCallingKeys,
  METADATA_REFRESH_MS,
} from './calling-keys';
export {
  type CallingRequest,
  type CallingResponse,
  type CallingWebhook,
  type CallingWebhookDeps,
  createCallingWebhook,
} from './calling-webhook';
export { type ExpressCallingOptions, expressCalling } from './express-calling';
export { type LegRoute, legOf } from './leg-route';
export {
  type AuthenticateNotification,
  type AuthResult,
  CALLING_ISSUERS,
  createNotificationAuth,
  type NotificationAuthOptions,
} from './notification-auth';
export type { AuthRefusal, AuthRefusalReason } from './notification-auth.refusals';
export { type NotificationParse, type ParsedNotification, parseNotifications } from './parse-notifications';
export { type TranslationContext, toCallEvents } from './to-call-events';
