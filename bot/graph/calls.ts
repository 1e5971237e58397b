import {
  answerBody,
  type CreateCallOptions,
  clientContext,
  createCallBody,
  mediaPrompt,
  playPromptBody,
  type RecordOptions,
  recordResponseBody,
  transferBody,
} from './call-bodies';
import type { GraphClient } from './graph-client';
import { GraphError } from './graph-error';
import type { CallFailure, CallResult } from './graph-result';
import type { CommsOperation, MediaInfo } from './graph-routes';

/** Answer options: the call's callback and the prompts to pre-fetch. */
export interface AnswerOptions {
  callbackUri: string;
  prefetch?: MediaInfo[];
}

/** The call Graph created: its id and the bot's participant id in it. */
export interface CreatedCall {
  id: string;
  state: string;
  myParticipantId?: string;
}

/** Graph's `/communications/calls` for one tenant's calls: answering, media, transfer, hanging up. */
export interface CallsApi {
  /** Answers an incoming call with service-hosted media (audio), pre-fetching prompts. */
  answer(tenantId: string, callId: string, options: AnswerOptions): Promise<CallResult>;
  /** Queues 1 to 20 prompts; completion arrives as an operation notification echoing `clientContext`. */
  playPrompts(
    tenantId: string,
    callId: string,
    prompts: MediaInfo[],
    clientContext: string,
  ): Promise<CallResult<CommsOperation>>;
  /** Asks for DTMF tones as call notifications (`toneInfo`). */
  subscribeToTone(
    tenantId: string,
    callId: string,
    clientContext?: string,
  ): Promise<CallResult<CommsOperation>>;
  /** Cancels running and queued prompts and recordings (they complete as failed, 400/8508). */
  cancelMediaProcessing(
    tenantId: string,
    callId: string,
    clientContext?: string,
  ): Promise<CallResult<CommsOperation>>;
  /** Records the caller (up to 2 min), after an optional prompt. */
  recordResponse(
    tenantId: string,
    callId: string,
    options: RecordOptions,
  ): Promise<CallResult<CommsOperation>>;
  /**
   * Transfer to a Teams user of the same tenant: blind, or consultative when `replacesCallId` names the
   * bot's call the user is in. The outcome arrives as call notifications.
   */
  transferToUser(
    tenantId: string,
    callId: string,
    userId: string,
    replacesCallId?: string,
  ): Promise<CallResult<void, 'callGone' | 'targetRefused'>>;
  /** Blind transfer to an E.164 number (needs the call to involve the bot's application instance). */
  transferToPhone(
    tenantId: string,
    callId: string,
    e164: string,
  ): Promise<CallResult<void, 'callGone' | 'targetRefused'>>;
  /** Ends the bot's leg of the call. */
  hangUp(tenantId: string, callId: string): Promise<CallResult>;
  /** Keeps the call alive (Graph ends calls after 45 min without one); `callGone` on 404. */
  keepAlive(tenantId: string, callId: string): Promise<CallResult>;
  /** Places a 1:1 call to a Teams user or, from the application instance, to a phone. */
  createCall(tenantId: string, options: CreateCallOptions): Promise<CallResult<CreatedCall, 'targetRefused'>>;
  /** Puts a participant on hold with Teams' music or a custom prompt. */
  startHoldMusic(
    tenantId: string,
    callId: string,
    participantId: string,
    options?: { prompt?: MediaInfo; clientContext?: string },
  ): Promise<CallResult<CommsOperation>>;
  /** Takes the participant off hold. */
  stopHoldMusic(
    tenantId: string,
    callId: string,
    participantId: string,
    clientContext?: string,
  ): Promise<CallResult<CommsOperation>>;
}

/** Turns the Graph answers routing must react to into results; anything else (and a bad argument) rejects. */
async function outcome<T, R extends CallFailure>(
  send: () => Promise<T>,
  onStatus: Partial<Record<number, R>>,
): Promise<CallResult<T, R>> {
  try {
    return { ok: true, value: await send() };
  } catch (error) {
    const reason = error instanceof GraphError ? onStatus[error.status] : undefined;
    if (reason === undefined) throw error;
    return { ok: false, reason, error: error as GraphError };
  }
}

const gone = { 404: 'callGone' } as const;
const goneOrRefused = { 404: 'callGone', 403: 'targetRefused' } as const;

/**
 * The calls API over a {@link GraphClient}; request bodies are built by `call-bodies.ts`, exactly as
 * Graph's v1.0 schema wants them, inside each request so that a bad argument rejects like a failed request.
 * @example const calls = createCallsApi(graph); await calls.answer(tid, callId, { callbackUri, prefetch });
 */
export function createCallsApi(graph: GraphClient): CallsApi {
  const on = (tenantId: string, callId: string) => ({ tenantId, callId, params: { 'call-id': callId } });
  const hold = (tenantId: string, callId: string, participantId: string) => ({
    tenantId,
    callId,
    params: { 'call-id': callId, 'participant-id': participantId },
  });
  return {
    answer: (tenantId, callId, { callbackUri, prefetch }) =>
      outcome(() => {
        const body = answerBody(callbackUri, prefetch);
        return graph.send('POST /communications/calls/{call-id}/answer', { ...on(tenantId, callId), body });
      }, gone),
    playPrompts: (tenantId, callId, prompts, context) =>
      outcome(() => {
        const body = playPromptBody(prompts, context);
        return graph.send('POST /communications/calls/{call-id}/playPrompt', {
          ...on(tenantId, callId),
          body,
        });
      }, gone),
    subscribeToTone: (tenantId, callId, context) =>
      outcome(() => {
        const body = clientContext(context);
        return graph.send('POST /communications/calls/{call-id}/subscribeToTone', {
          ...on(tenantId, callId),
          body,
        });
      }, gone),
    cancelMediaProcessing: (tenantId, callId, context) =>
      outcome(() => {
        const body = clientContext(context);
        return graph.send('POST /communications/calls/{call-id}/cancelMediaProcessing', {
          ...on(tenantId, callId),
          body,
        });
      }, gone),
    recordResponse: (tenantId, callId, options) =>
      outcome(() => {
        const body = recordResponseBody(options);
        return graph.send('POST /communications/calls/{call-id}/recordResponse', {
          ...on(tenantId, callId),
          body,
        });
      }, gone),
    transferToUser: (tenantId, callId, userId, replacesCallId) =>
      outcome(() => {
        const body = transferBody({ kind: 'user', userId }, replacesCallId);
        return graph.send('POST /communications/calls/{call-id}/transfer', { ...on(tenantId, callId), body });
      }, goneOrRefused),
    transferToPhone: (tenantId, callId, phone) =>
      outcome(() => {
        const body = transferBody({ kind: 'phone', phone });
        return graph.send('POST /communications/calls/{call-id}/transfer', { ...on(tenantId, callId), body });
      }, goneOrRefused),
    hangUp: (tenantId, callId) =>
      outcome(() => graph.send('DELETE /communications/calls/{call-id}', on(tenantId, callId)), gone),
    keepAlive: (tenantId, callId) =>
      outcome(() => graph.send('POST /communications/calls/{call-id}/keepAlive', on(tenantId, callId)), gone),
    createCall: async (tenantId, options) => {
      const created = await outcome(
        () => graph.send('POST /communications/calls', { tenantId, body: createCallBody(tenantId, options) }),
        { 403: 'targetRefused', 404: 'targetRefused' } as const,
      );
      if (!created.ok) return created;
      const { id, state, myParticipantId } = created.value;
      return { ok: true, value: { id, state, myParticipantId } };
    },
    startHoldMusic: (tenantId, callId, participantId, { prompt, clientContext: context } = {}) =>
      outcome(() => {
        const body = { ...(prompt ? { customPrompt: mediaPrompt(prompt) } : {}), ...clientContext(context) };
        const route = 'POST /communications/calls/{call-id}/participants/{participant-id}/startHoldMusic';
        return graph.send(route, { ...hold(tenantId, callId, participantId), body });
      }, gone),
    stopHoldMusic: (tenantId, callId, participantId, context) =>
      outcome(() => {
        const route = 'POST /communications/calls/{call-id}/participants/{participant-id}/stopHoldMusic';
        return graph.send(route, { ...hold(tenantId, callId, participantId), body: clientContext(context) });
      }, gone),
  };
}
