import { z } from 'zod';
import { caselessEnum, caselessObject, evolvableEnum, lenientInt } from './notification-schema.lenient';

/**
 * Zod schemas for the parts of Graph's `#microsoft.graph.commsNotifications` that the bot reads. They are
 * open (unknown properties pass), tolerant of Graph's casing and numbers-as-strings, and strict about types:
 * a `state` that is a number or a `resultInfo.code` of `"abc"` is malformed.
 */

/** `callState` in Graph v1.0 (CSDL), without `unknownFutureValue`, which stands for anything newer. */
export const CALL_STATES = [
  'incoming',
  'establishing',
  'established',
  'hold',
  'transferring',
  'transferAccepted',
  'redirecting',
  'terminating',
  'terminated',
] as const;

/** `tone` in Graph v1.0: the keys a caller can press, plus the hook flash. */
export const TONES = [
  'tone0',
  'tone1',
  'tone2',
  'tone3',
  'tone4',
  'tone5',
  'tone6',
  'tone7',
  'tone8',
  'tone9',
  'star',
  'pound',
  'a',
  'b',
  'c',
  'd',
  'flash',
] as const;

/** `operationStatus` (the CSDL spells them `NotStarted`, `Running`…; the docs' payloads in lower camel case). */
export const OPERATION_STATUSES = ['notStarted', 'running', 'completed', 'failed'] as const;

/** `changeType` of a commsNotification. */
export const CHANGE_TYPES = ['created', 'updated', 'deleted'] as const;

/** `{ code, subcode, message }`; `subCode` reads as `subcode`, `"200"` as 200. */
export const ResultInfo = caselessObject({
  code: lenientInt,
  subcode: lenientInt.nullish(),
  message: z.string().nullish(),
});

/** A DTMF key press: `{ sequenceId, tone }`. */
export const ToneInfo = caselessObject({ sequenceId: lenientInt, tone: evolvableEnum(TONES) });

const Identity = caselessObject({ id: z.string().nullish() });
const ParticipantInfo = caselessObject({
  identity: caselessObject({ phone: Identity.nullish(), applicationInstance: Identity.nullish() }).nullish(),
});

/** The `resourceData` of a notification on `/communications/calls/{id}` (a `#microsoft.graph.call`). */
export const CallResource = caselessObject({
  state: evolvableEnum(CALL_STATES).nullish(),
  tenantId: z.string().nullish(),
  callChainId: z.string().nullish(),
  source: ParticipantInfo.nullish(),
  targets: z.array(ParticipantInfo).nullish(),
  mediaState: caselessObject({ audio: evolvableEnum(['active', 'inactive']).nullish() }).nullish(),
  toneInfo: ToneInfo.nullish(),
  resultInfo: ResultInfo.nullish(),
  terminationReason: z.string().nullish(),
});

/** The `resourceData` of a notification on `/communications/calls/{id}/operations/{opId}`. */
export const OperationResource = caselessObject({
  '@odata.type': z.string().nullish(),
  status: evolvableEnum(OPERATION_STATUSES).nullish(),
  clientContext: z.string().nullish(),
  resultInfo: ResultInfo.nullish(),
  /** A finished recordOperation: where its audio is, and the token to download it with. */
  recordingLocation: z.string().nullish(),
  recordingAccessToken: z.string().nullish(),
});

/** One entry of `value`: `resourceData` is an entity or, for rosters, a collection of them. */
export const CommsNotification = caselessObject({
  changeType: caselessEnum(CHANGE_TYPES),
  resourceUrl: z.string().nullish(),
  resource: z.string().nullish(),
  resourceData: z
    .union([z.record(z.string(), z.unknown()), z.array(z.unknown())], {
      error: 'expected an object or an array of objects',
    })
    .nullish(),
});

/** The envelope: `{ "@odata.type": "#microsoft.graph.commsNotifications", value: [...] }`. */
export const CommsNotifications = caselessObject({
  '@odata.type': z.string(),
  value: z.array(z.unknown(), { error: 'expected an array of notifications' }),
});

/** `created`, `updated` or `deleted`. */
export type ChangeType = (typeof CHANGE_TYPES)[number];
/** A call's state as read: Graph's v1.0 states, or `unknownFutureValue` for one newer than this bot. */
export type CallState = (typeof CALL_STATES)[number] | 'unknownFutureValue';
/** A tone as read: Graph's v1.0 tones, or `unknownFutureValue`. */
export type Tone = (typeof TONES)[number] | 'unknownFutureValue';
/** The parts of a call's resourceData the bot reads. */
export type CallResource = z.output<typeof CallResource>;
/** The parts of an operation's resourceData the bot reads. */
export type OperationResource = z.output<typeof OperationResource>;
/** A resultInfo with numbers as numbers and `subcode` spelled one way. */
export type ResultInfo = z.output<typeof ResultInfo>;
