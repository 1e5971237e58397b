import type {
  AnswerBody,
  CreateCallBody,
  IdentitySet,
  MediaInfo,
  MediaPrompt,
  PlayPromptBody,
  RecordResponseBody,
  ServiceHostedMediaConfig,
  TransferBody,
} from './graph-routes';

/** Where a call goes: a Teams user (AAD object id) or a phone number (E.164). */
export type CallTarget = { kind: 'user'; userId: string } | { kind: 'phone'; phone: string };

/** A new outbound call. A phone target needs the bot's application instance (resource account) as source. */
export type CreateCallOptions = { callbackUri: string } & (
  | { target: { kind: 'user'; userId: string }; applicationInstanceId?: string }
  | { target: { kind: 'phone'; phone: string }; applicationInstanceId: string }
);

/** A recordResponse: at most one prompt, Graph's defaults for what is left out. */
export interface RecordOptions {
  prompt?: MediaInfo;
  bargeInAllowed?: boolean;
  initialSilenceTimeoutInSeconds?: number;
  maxSilenceTimeoutInSeconds?: number;
  maxRecordDurationInSeconds?: number;
  playBeep?: boolean;
  stopTones?: string[];
  clientContext?: string;
}

/** Graph's limits on what the bot sends (reference §5.1). */
export const MAX_PROMPTS_PER_REQUEST = 20;
export const MAX_CLIENT_CONTEXT_LENGTH = 256;
const e164 = /^\+[1-9]\d{6,14}$/;

/** `uri` and `resourceId` only, whatever else the caller's object holds: mediaInfo is not an open type. */
const media = (info: MediaInfo): MediaInfo =>
  info.resourceId === undefined ? { uri: info.uri } : { uri: info.uri, resourceId: info.resourceId };

/** A prompt that plays one media file. */
export const mediaPrompt = (info: MediaInfo): MediaPrompt => ({
  '@odata.type': '#microsoft.graph.mediaPrompt',
  mediaInfo: media(info),
});

const serviceHosted = (prefetch: MediaInfo[] = []): ServiceHostedMediaConfig => ({
  '@odata.type': '#microsoft.graph.serviceHostedMediaConfig',
  ...(prefetch.length > 0 ? { preFetchMedia: prefetch.map(media) } : {}),
});

/** The clientContext, checked against Graph's 256 characters. */
export function clientContext(value: string | undefined): { clientContext?: string } {
  if (value === undefined) return {};
  if (value.length > MAX_CLIENT_CONTEXT_LENGTH) {
    throw new RangeError(
      `clientContext holds ${value.length} characters; Graph takes at most ${MAX_CLIENT_CONTEXT_LENGTH}`,
    );
  }
  return { clientContext: value };
}

/** Answer with service-hosted media, audio only, pre-fetching the prompts the call will play. */
export function answerBody(callbackUri: string, prefetch: MediaInfo[] = []): AnswerBody {
  return { callbackUri, acceptedModalities: ['audio'], mediaConfig: serviceHosted(prefetch) };
}

/** Play 1 to 20 prompts in order. */
export function playPromptBody(prompts: MediaInfo[], context?: string): PlayPromptBody {
  if (prompts.length < 1 || prompts.length > MAX_PROMPTS_PER_REQUEST) {
    throw new RangeError(`playPrompt takes 1 to ${MAX_PROMPTS_PER_REQUEST} prompts, got ${prompts.length}`);
  }
  return { prompts: prompts.map(mediaPrompt), ...clientContext(context) };
}

export function recordResponseBody(options: RecordOptions): RecordResponseBody {
  const { prompt, clientContext: context, ...settings } = options;
  const defined = Object.entries(settings).filter(([, value]) => value !== undefined);
  return {
    ...(prompt ? { prompts: [mediaPrompt(prompt)] } : {}),
    ...Object.fromEntries(defined),
    ...clientContext(context),
  };
}

/** The identity of a target; a phone number must be E.164. */
export function identityOf(target: CallTarget): IdentitySet {
  if (target.kind === 'user') return { user: { id: target.userId } };
  if (!e164.test(target.phone)) throw new RangeError(`'${target.phone}' is not an E.164 phone number`);
  return { phone: { '@odata.type': '#microsoft.graph.identity', id: target.phone } };
}

/**
 * A transfer of a 1:1 call (no `transferee`, no `clientContext`: neither belongs here); with `replacesCallId`
 * a consultative one, replacing the call the target already has with the bot.
 */
export function transferBody(target: CallTarget, replacesCallId?: string): TransferBody {
  return {
    transferTarget: { identity: identityOf(target), ...(replacesCallId ? { replacesCallId } : {}) },
  };
}

/** A peer-to-peer call with service-hosted media; `tenantId` always, or Graph answers 7505. */
export function createCallBody(tenantId: string, options: CreateCallOptions): CreateCallBody {
  const { applicationInstanceId } = options;
  return {
    '@odata.type': '#microsoft.graph.call',
    callbackUri: options.callbackUri,
    ...(applicationInstanceId
      ? {
          source: {
            identity: {
              applicationInstance: { '@odata.type': '#microsoft.graph.identity', id: applicationInstanceId },
            },
          },
        }
      : {}),
    targets: [{ identity: identityOf(options.target) }],
    requestedModalities: ['audio'],
    mediaConfig: serviceHosted(),
    tenantId,
  };
}
