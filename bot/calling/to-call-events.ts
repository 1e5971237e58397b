import type { CallEvent } from '../../src/calls/call-event';
import type { NotificationFact } from './call-fact';
import type { CallResource, Tone } from './notification-schema';
import type { ParsedNotification } from './parse-notifications';

/** What translation needs besides the notifications: who sent them and when they arrived. */
export interface TranslationContext {
  /** The tenant from the verified token (`tid`); a payload's own `tenantId` is not trusted over it. */
  tenantId: string;
  /** Receive time, wall-clock ms: every event carries it as `at`. */
  at: number;
  /** The `X-Microsoft-Skype-Chain-ID` header, used when an incoming call's payload has no `callChainId`. */
  chainId?: string | undefined;
}

/**
 * Turns parsed notifications into facts, one per notification, in order. Pure: no IO, no clock.
 * Stateless too, so the rules are about one notification at a time; whether a fact changes anything is the
 * call state machine's business (a repeated `established` is harmless there).
 * @example
 * const facts = toCallEvents(parsed.notifications, { tenantId: auth.tenantId, at: now() });
 */
export function toCallEvents(
  notifications: readonly ParsedNotification[],
  context: TranslationContext,
): NotificationFact[] {
  return notifications.map((notification) => toFact(notification, context));
}

function toFact(n: ParsedNotification, ctx: TranslationContext): NotificationFact {
  switch (n.kind) {
    case 'call':
      return fromCall(n.changeType, n.callId, n.call, ctx);
    case 'operation':
      return fromOperation(n, ctx);
    case 'participants':
      return ignored(ctx, n.callId, 'roster (participants) update');
    case 'callOther':
      return ignored(ctx, n.callId, `notification on the call's ${n.rest}`);
    case 'other':
      return ignored(ctx, undefined, `not a call resource: ${n.path}`);
    default:
      return n satisfies never;
  }
}

function fromCall(
  changeType: ParsedNotification['changeType'],
  callId: string,
  call: CallResource,
  ctx: TranslationContext,
): NotificationFact {
  switch (changeType) {
    case 'created':
      if (call.state !== 'incoming')
        return ignored(ctx, callId, `call created in state ${call.state ?? '(none)'}`);
      return {
        kind: 'incoming',
        tenantId: ctx.tenantId,
        callId,
        caller: e164(call.source?.identity?.phone?.id),
        applicationInstanceId:
          call.targets?.find((t) => t.identity?.applicationInstance?.id)?.identity?.applicationInstance?.id ??
          undefined,
        callChainId: call.callChainId ?? ctx.chainId ?? undefined,
        at: ctx.at,
      };
    case 'deleted':
      // The call resource is gone, whatever state (if any) the payload still shows.
      return event(ctx, callId, terminated(call, ctx.at));
    case 'updated':
      return fromUpdate(callId, call, ctx);
    default:
      return changeType satisfies never;
  }
}

function fromUpdate(callId: string, call: CallResource, ctx: TranslationContext): NotificationFact {
  // Graph re-sends `established` with every DTMF key: with toneInfo it is a key press, not an establishment.
  if (call.toneInfo) {
    const key = TONE_KEYS[call.toneInfo.tone];
    if (key === undefined) return ignored(ctx, callId, `tone ${call.toneInfo.tone} is not a key`);
    return event(ctx, callId, { type: 'tone', key, sequenceId: call.toneInfo.sequenceId, at: ctx.at });
  }
  const state = call.state ?? (call.mediaState?.audio === 'active' ? 'established' : undefined);
  if (state === undefined) return ignored(ctx, callId, 'update without a call state');
  switch (state) {
    case 'established': {
      // A failed transfer puts the call back to established with resultInfo 500/7000 (7700 consultative).
      const result = call.resultInfo;
      if (result && result.code >= 400) {
        return event(ctx, callId, {
          type: 'transferFailed',
          code: result.code,
          subcode: result.subcode ?? 0,
          at: ctx.at,
        });
      }
      return event(ctx, callId, { type: 'established', at: ctx.at });
    }
    case 'transferAccepted':
      return event(ctx, callId, { type: 'transferAccepted', at: ctx.at });
    case 'terminated':
      return event(ctx, callId, terminated(call, ctx.at));
    case 'incoming':
    case 'establishing':
    case 'hold':
    case 'transferring':
    case 'redirecting':
    case 'terminating':
    case 'unknownFutureValue':
      return ignored(ctx, callId, `call ${state}`);
    default:
      return state satisfies never;
  }
}

/** The bot's leg ended; a completed transfer shows as 0/7015 (blind) or `terminationReason: AppTransferred`. */
function terminated(call: CallResource, at: number): CallEvent {
  const code = call.resultInfo?.code;
  const subcode = call.resultInfo?.subcode ?? undefined;
  const transferred = subcode === 7015 || call.terminationReason?.toLowerCase() === 'apptransferred';
  return { type: 'terminated', transferred, code, subcode, at };
}

const MEDIA_OPERATIONS = new Set(['playpromptoperation', 'recordoperation']);

function fromOperation(
  n: Extract<ParsedNotification, { kind: 'operation' }>,
  ctx: TranslationContext,
): NotificationFact {
  const { operation } = n;
  const type = operation['@odata.type'] ?? 'operation of unknown type';
  const status = operation.status ?? 'without status';
  if (!MEDIA_OPERATIONS.has(type.replace(/^#?microsoft\.graph\./i, '').toLowerCase())) {
    return ignored(ctx, n.callId, `${type} ${n.changeType} ${status}`);
  }
  // An operation is finished when Graph deletes it; until then it is running.
  if (n.changeType !== 'deleted') return ignored(ctx, n.callId, `${type} still ${status}`);
  if (!operation.clientContext)
    return ignored(ctx, n.callId, `${type} finished without a clientContext to match`);
  const { recordingLocation: location, recordingAccessToken: token } = operation;
  return event(ctx, n.callId, {
    type: 'mediaCompleted',
    context: operation.clientContext,
    ok: status === 'completed',
    at: ctx.at,
    ...(location && token ? { recording: { location, token } } : {}),
  });
}

/** Graph's tone names to the key pressed; the hook flash and unknown tones are not keys. */
const TONE_KEYS: Record<Tone, string | undefined> = {
  tone0: '0',
  tone1: '1',
  tone2: '2',
  tone3: '3',
  tone4: '4',
  tone5: '5',
  tone6: '6',
  tone7: '7',
  tone8: '8',
  tone9: '9',
  star: '*',
  pound: '#',
  a: 'A',
  b: 'B',
  c: 'C',
  d: 'D',
  flash: undefined,
  unknownFutureValue: undefined,
};

function e164(id: string | null | undefined): string | undefined {
  const value = id?.trim();
  return value && /^\+[1-9]\d{1,14}$/.test(value) ? value : undefined;
}

function event(ctx: TranslationContext, callId: string, e: CallEvent): NotificationFact {
  return { kind: 'event', tenantId: ctx.tenantId, callId, event: e };
}

function ignored(ctx: TranslationContext, callId: string | undefined, reason: string): NotificationFact {
  return { kind: 'ignored', tenantId: ctx.tenantId, callId, reason };
}
