import type { CallbackRequest, Interaction, QueuePlace } from '../domain/interaction';
import type { CallContext } from './call-context';
import type { LegEvent } from './call-event';
import type { Command } from './command';
import { cancel, log, type Step, shipped, timer, withState } from './effects';

/** The outbound call that reaches the customer for a callback. */
export const CALLBACK_LEG = 'callback';

/** How long the customer's phone may ring, and then how long they have to press 1, before the attempt fails. */
const ringSeconds = 60;
const keySeconds = 30;

type State<K extends Interaction['state']['kind']> = Extract<Interaction['state'], { kind: K }>;
type CallingBack = Interaction & { state: State<'callingBack'> };

/** The queue place inside a state that has one. */
export function placeOf(state: QueuePlace): QueuePlace {
  return {
    queueId: state.queueId,
    priority: state.priority,
    rank: state.rank,
    enqueuedAt: state.enqueuedAt,
  };
}

/**
 * The callback reached the head of the queue and routing reserved an agent: the bot calls the customer
 * from the number they dialled. While the flow is closed no callback is placed: the agent is let go and
 * the callback waits, in its place, to try again later.
 */
export function callBack(
  interaction: Interaction & { state: State<'queued'> },
  callback: CallbackRequest,
  agentId: string,
  ctx: CallContext,
  now: number,
): Step {
  const place = placeOf(interaction.state);
  // Routing may come while the confirmation still plays: the caller's own call ends here.
  const [current, hangUp] = waitingCallback(interaction);
  if (ctx.schedule.kind !== 'open') {
    return delay(current, place, callback, 'closed', ctx, now, [
      ...hangUp,
      { type: 'agent.released', agentId, reason: 'notAnswered' },
    ]);
  }
  return [
    withState(current, {
      kind: 'callingBack',
      ...place,
      agentId,
      offeredAt: now,
      callback,
      phase: 'ringing',
      legCallId: undefined,
    }),
    [
      ...hangUp,
      {
        type: 'graph.placeCall',
        callId: interaction.callId,
        leg: CALLBACK_LEG,
        target: { kind: 'phone', phone: callback.number },
        from: interaction.dialled,
      },
      log('offered', { queueId: place.queueId, agentId, waitedMs: now - place.enqueuedAt }),
      timer('legTimeout', now + ringSeconds * 1000),
    ],
  ];
}

/** The caller has heard the confirmation (or routing came first): the bot hangs up their call. */
export function waitingCallback(interaction: Interaction): Step {
  if (interaction.media.playing === undefined) return [interaction, []];
  return [
    { ...interaction, media: { ...interaction.media, playing: undefined } },
    [{ type: 'graph.hangUp', callId: interaction.callId }],
  ];
}

/** Someone asked for a waiting callback now: it goes to the head of its queue. */
export function callbackToHead(interaction: Interaction & { state: State<'queued'> }): Step {
  const state = interaction.state;
  return [
    withState(interaction, { ...state, rank: Math.min(state.rank, state.enqueuedAt - headStart) }),
    [{ type: 'routing.wake', queueId: state.queueId }],
  ];
}

/** A rank before any arrival, as for a caller put back after a missed offer. */
const headStart = 1e13;

/** Waits before trying again (or until the flow opens), out of routing but keeping the place. */
function delay(
  interaction: Interaction,
  place: QueuePlace,
  callback: CallbackRequest,
  reason: 'retry' | 'closed',
  ctx: CallContext,
  now: number,
  before: Command[] = [],
): Step {
  const settings = ctx.queue(place.queueId)?.callback;
  const wait = (settings?.retryAfterSeconds ?? 300) * 1000;
  return [
    withState(interaction, { kind: 'callbackDelay', ...place, callback, reason }),
    [...before, ...cancel('legTimeout'), timer('callbackRetry', now + wait)],
  ];
}

/** The delay is over (or someone asked for the callback now): back in the queue, in its place. */
export function callbackDue(interaction: Interaction & { state: State<'callbackDelay'> }): Step {
  const { callback } = interaction.state;
  const place = placeOf(interaction.state);
  return [
    withState(interaction, { kind: 'queued', ...place, callback }),
    [...cancel('callbackRetry'), { type: 'routing.wake', queueId: place.queueId }],
  ];
}

/** What happens on the outbound call to the customer. */
export function callingBackLeg(
  interaction: Interaction & { state: State<'callingBack'> },
  legCallId: string | undefined,
  event: LegEvent,
  ctx: CallContext,
): Step {
  const state = interaction.state;
  const known = state.legCallId ?? legCallId;
  const current = (
    known === state.legCallId ? interaction : withState(interaction, { ...state, legCallId: known })
  ) as CallingBack;
  const now = event.at;
  switch (event.type) {
    case 'placed':
      return [current, []];
    case 'placeFailed':
      return attemptFailed(current, 'refused', ctx, now);
    case 'established': {
      if (state.phase !== 'ringing' || !known) return [current, []];
      const seq = current.media.seq + 1;
      const context = `callbackGreeting:${seq}`;
      return [
        {
          ...withState(current, { ...state, legCallId: known, phase: 'greeting' }),
          media: { seq, playing: context },
        },
        [
          { type: 'graph.subscribeToTone', callId: known },
          { type: 'graph.play', callId: known, prompts: [shipped('callback-greeting')], context },
          timer('legTimeout', now + keySeconds * 1000),
        ],
      ];
    }
    case 'tone':
      if (state.phase !== 'greeting' || event.key !== '1' || !known) return [current, []];
      return [
        {
          ...withState(current, { ...state, legCallId: known, phase: 'transferring' }),
          media: { ...current.media, playing: undefined },
        },
        [
          ...cancel('legTimeout'),
          { type: 'graph.cancelMedia', callId: known },
          { type: 'graph.transfer', callId: known, target: { kind: 'user', userId: state.agentId } },
        ],
      ];
    case 'transferFailed':
      return agentMissed(current, known);
    case 'terminated':
      if (event.transferred) return connectedToAgent(current, now);
      if (state.phase === 'transferring') {
        // The customer hung up while the agent's Teams rang: the agent is free, the callback done.
        return [
          withState(current, { kind: 'ended', reason: 'abandonedDuringOffer', endedAt: now }),
          [
            { type: 'agent.released', agentId: state.agentId, reason: 'abandonedDuringOffer' },
            log('abandoned', {
              queueId: state.queueId,
              agentId: state.agentId,
              waitedMs: now - state.enqueuedAt,
            }),
            log('ended', { reason: 'abandonedDuringOffer' }),
            ...cancel('legTimeout'),
          ],
        ];
      }
      return attemptFailed(current, state.phase === 'ringing' ? 'notAnswered' : 'noKey', ctx, now);
    case 'mediaCompleted':
    case 'transferAccepted':
      return [current, []];
  }
}

/** No answer or no key in time: the bot hangs up the outbound call and the attempt counts as failed. */
export function callingBackTimeout(
  interaction: Interaction & { state: State<'callingBack'> },
  ctx: CallContext,
  now: number,
): Step {
  const state = interaction.state;
  if (state.phase === 'transferring') return [interaction, []];
  const hangUp: Command[] = state.legCallId ? [{ type: 'graph.hangUp', callId: state.legCallId }] : [];
  const [next, commands] = attemptFailed(
    interaction,
    state.phase === 'ringing' ? 'notAnswered' : 'noKey',
    ctx,
    now,
  );
  return [next, [...hangUp, ...commands]];
}

/** An attempt failed: the agent is let go at once; another attempt after the spacing, or the callback gives up. */
function attemptFailed(
  interaction: Interaction & { state: State<'callingBack'> },
  outcome: string,
  ctx: CallContext,
  now: number,
): Step {
  const state = interaction.state;
  const place = placeOf(state);
  const callback = { ...state.callback, attempts: state.callback.attempts + 1 };
  const release: Command[] = [
    { type: 'agent.released', agentId: state.agentId, reason: 'notAnswered' },
    log('callbackAttempt', { queueId: place.queueId, attempt: callback.attempts, outcome }),
  ];
  const allowed = ctx.queue(place.queueId)?.callback.attempts ?? 1;
  if (callback.attempts >= allowed) {
    return [
      {
        ...withState(interaction, { kind: 'ended', reason: 'callbackGaveUp', endedAt: now }),
        media: { ...interaction.media, playing: undefined },
      },
      [
        ...release,
        ...cancel('legTimeout'),
        log('callbackGaveUp', { queueId: place.queueId, attempts: callback.attempts }),
        log('ended', { reason: 'callbackGaveUp' }),
      ],
    ];
  }
  return delay(
    { ...interaction, media: { ...interaction.media, playing: undefined } } as CallingBack,
    place,
    callback,
    'retry',
    ctx,
    now,
    release,
  );
}

/** The agent did not answer the transfer: a missed offer; the customer is let go and the callback goes back to the head. */
function agentMissed(
  interaction: Interaction & { state: State<'callingBack'> },
  legCallId: string | undefined,
): Step {
  const state = interaction.state;
  const place = placeOf(state);
  const head = { ...place, rank: Math.min(place.rank, place.enqueuedAt - headStart) };
  return [
    withState(interaction, { kind: 'queued', ...head, callback: state.callback }),
    [
      { type: 'agent.missed', agentId: state.agentId },
      log('missed', { queueId: place.queueId, agentId: state.agentId }),
      ...(legCallId ? [{ type: 'graph.hangUp', callId: legCallId } as const] : []),
      ...cancel('legTimeout'),
      { type: 'routing.wake', queueId: place.queueId },
    ],
  ];
}

/** The transfer completed: the customer talks to the agent in Teams. */
function connectedToAgent(interaction: Interaction & { state: State<'callingBack'> }, now: number): Step {
  const { agentId, queueId, enqueuedAt } = interaction.state;
  return [
    {
      ...withState(interaction, { kind: 'connected', queueId, agentId, connectedAt: now, enqueuedAt }),
      media: { ...interaction.media, playing: undefined },
    },
    [
      log('connected', { queueId, agentId, waitedMs: now - enqueuedAt }),
      { type: 'agent.connected', agentId },
      ...cancel('legTimeout'),
    ],
  ];
}
