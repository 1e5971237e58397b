import type { CallEvent } from '../../src/calls/call-event';

/** A new inbound call (`created`, state `incoming`): the bot must answer it within 15 s. */
export interface IncomingCall {
  kind: 'incoming';
  /** The tenant from the notification's verified token (`tid`). */
  tenantId: string;
  callId: string;
  /** The caller's number in E.164 (`source.identity.phone.id`); undefined for a Teams user or a withheld number. */
  caller: string | undefined;
  /** The resource account dialled (`targets[].identity.applicationInstance.id`); undefined when the bot itself was called. */
  applicationInstanceId: string | undefined;
  /** Graph's call chain id, or the `X-Microsoft-Skype-Chain-ID` header when the payload has none. */
  callChainId: string | undefined;
  /** When the notification was received (wall-clock ms). */
  at: number;
}

/** Something that happened to a call the bot holds, as the call state machine consumes it. */
export interface CallEventFact {
  kind: 'event';
  tenantId: string;
  callId: string;
  event: CallEvent;
}

/**
 * Something that happened to an outbound call the bot placed for an interaction: its callbackUri named the
 * interaction and the leg, so the fact goes to that interaction whatever Graph's id for the call.
 */
export interface LegEventFact {
  kind: 'legEvent';
  tenantId: string;
  /** Graph's id of the outbound call, from the notification's resource path. */
  callId: string;
  interactionId: string;
  leg: string;
  event: Extract<CallEvent, { type: 'leg' }>;
}

/** A notification the bot does not act on (establishing, roster, hold music…), kept so it can be logged. */
export interface IgnoredNotification {
  kind: 'ignored';
  tenantId: string;
  callId: string | undefined;
  reason: string;
}

/** What the webhook hands to processing: facts about calls, in the order Graph sent them. */
export type CallFact = IncomingCall | CallEventFact | LegEventFact;

/** What one notification translates to. */
export type NotificationFact = CallFact | IgnoredNotification;
