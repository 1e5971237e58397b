import type { Interaction, StateKind } from '../domain/interaction';
import { agentAlertExpired, missedAnnounced, onAgentLeg, strayAgentLeg } from './announced-offer';
import type { CallContext } from './call-context';
import type { CallEvent, CallEventType } from './call-event';
import {
  callBack,
  callbackDue,
  callbackToHead,
  callingBackLeg,
  callingBackTimeout,
  waitingCallback,
} from './callback';
import { callbackSetupKey } from './callback-setup';
import type { Command } from './command';
import {
  cancel,
  chain,
  log,
  play,
  playingPurpose,
  type Step,
  shipped,
  silence,
  timer,
  withState,
} from './effects';
import { escalate } from './escalation';
import { menuFailure, perform, replayMenu, scheduledAction } from './perform';
import { queuedKey, queueOffers } from './queue-offers';
import { announce, loopMusic, maxWaitReached, missed, offer } from './queueing';
import { moveToQueue, setPriority } from './supervision';
import { assignTask, taskDone, voicemailRecorded } from './voicemail';

type Handler<K extends StateKind, E extends CallEventType> = (
  interaction: Interaction & { state: Extract<Interaction['state'], { kind: K }> },
  event: Extract<CallEvent, { type: E }>,
  ctx: CallContext,
) => Step;

/** The transition table: for each state, the events it reacts to. A missing cell changes nothing. */
type Table = { [K in StateKind]: { [E in CallEventType]?: Handler<K, E> } };

const timersWhileHeld = [
  'menuTimeout',
  'maxWait',
  'announce',
  'keepAlive',
  'mediaWatchdog',
  'callbackOffer',
] as const;

function end(
  interaction: Interaction,
  reason: Extract<Interaction['state'], { kind: 'ended' }>['reason'],
  at: number,
  extra: Command[] = [],
): Step {
  return [
    {
      ...withState(interaction, { kind: 'ended', reason, endedAt: at }),
      media: { ...interaction.media, playing: undefined },
    },
    [...extra, ...cancel(...timersWhileHeld), log('ended', { reason })],
  ];
}

/** The caller hung up (or the call dropped) while the bot held it. */
const hungUp =
  (reason: 'abandonedInFlow' | 'abandonedInQueue') =>
  (interaction: Interaction, event: { at: number }): Step => {
    const state = interaction.state;
    const abandoned =
      state.kind === 'queued'
        ? [log('abandoned', { queueId: state.queueId, waitedMs: event.at - state.enqueuedAt })]
        : [];
    return end(interaction, reason, event.at, abandoned);
  };

const keepAlive = (interaction: Interaction, event: { at: number }, ctx: CallContext): Step => [
  interaction,
  [{ type: 'graph.keepAlive', callId: interaction.callId }, timer('keepAlive', event.at + ctx.keepAliveMs)],
];

type Offering = Interaction & { state: Extract<Interaction['state'], { kind: 'offering' }> };

/** The longest a queue may ring an agent (`agentAlertSeconds` at most 180), and some slack. */
const longestOfferMs = 200_000;

/** The transfer completed: the caller talks to the agent in Teams and the bot is out of the call. */
function offerConnected(i: Offering, at: number): Step {
  const { agentId, queueId, enqueuedAt } = i.state;
  return [
    {
      ...withState(i, { kind: 'connected', queueId, agentId, connectedAt: at, enqueuedAt }),
      media: { ...i.media, playing: undefined },
    },
    [
      log('connected', { queueId, agentId, waitedMs: at - enqueuedAt }),
      { type: 'agent.connected', agentId },
      ...cancel(...timersWhileHeld),
    ],
  ];
}

/** The caller hung up during the offer: the agent's call (ringing or whispering) ends too, and the agent is free. */
function offerAbandoned(i: Offering, at: number): Step {
  const { agentId, queueId, enqueuedAt, announced } = i.state;
  const agentCall: Command[] =
    announced?.agentCallId && announced.phase !== 'transferring'
      ? [{ type: 'graph.hangUp', callId: announced.agentCallId }]
      : [];
  return end(i, 'abandonedDuringOffer', at, [
    log('abandoned', { queueId, agentId, waitedMs: at - enqueuedAt }),
    { type: 'agent.released', agentId, reason: 'abandonedDuringOffer' },
    ...agentCall,
    ...(announced ? cancel('agentAlert') : []),
  ]);
}

const table: Table = {
  answering: {
    established: (i, e, ctx) => {
      const flow = ctx.flow(i.flowId);
      const started = chain(
        withState(i, { kind: 'inFlow', greeting: Boolean(flow?.greeting), menu: undefined }),
        (x) => [
          x,
          [{ type: 'graph.subscribeToTone', callId: x.callId }, timer('keepAlive', e.at + ctx.keepAliveMs)],
        ],
      );
      const [next, commands] = started;
      const action = scheduledAction(next, ctx);
      const [after, more] = flow?.greeting
        ? play(next, 'greeting', [flow.greeting])
        : action
          ? perform(next, action, ctx, e.at)
          : end(next, 'failed', e.at, [{ type: 'graph.hangUp', callId: i.callId }]);
      return [after, [...commands, ...more]];
    },
    terminated: hungUp('abandonedInFlow'),
    gone: hungUp('abandonedInFlow'),
  },
  inFlow: {
    mediaCompleted: (i, e, ctx) => {
      if (e.context !== i.media.playing) return [i, []];
      const done = { ...i, media: { ...i.media, playing: undefined } };
      if (playingPurpose(i) === 'greeting') {
        const action = scheduledAction(done, ctx);
        return action ? perform(done, action, ctx, e.at) : [done, []];
      }
      const menu = i.state.menu;
      const settings = menu && ctx.flow(i.flowId)?.menus.find((m) => m.id === menu.menuId);
      if (!menu || !settings) return [done, []];
      return [
        withState(done, { ...i.state, menu: { ...menu, playing: false } }),
        [timer('menuTimeout', e.at + settings.timeoutSeconds * 1000)],
      ];
    },
    tone: (i, e, ctx) => {
      const menu = i.state.menu;
      const settings = menu && ctx.flow(i.flowId)?.menus.find((m) => m.id === menu.menuId);
      if (!menu || !settings || (menu.playing && settings.forceListen)) return [i, []];
      const action = settings.choices[e.key as keyof typeof settings.choices];
      if (!action) return menuFailure(i, 'invalid', ctx, e.at);
      const chosen = { ...i, ivrPath: [...i.ivrPath, `${menu.menuId}:${e.key}`] };
      return chain(
        chosen,
        (x) => [x, [log('ivrSelection', { menuId: menu.menuId, key: e.key }), ...cancel('menuTimeout')]],
        (x) => perform(x, action, ctx, e.at),
      );
    },
    timer: (i, e, ctx) => {
      if (e.name === 'keepAlive') return keepAlive(i, e, ctx);
      if (e.name === 'menuTimeout' && i.state.menu && !i.state.menu.playing)
        return menuFailure(i, 'noInput', ctx, e.at);
      return [i, []];
    },
    terminated: hungUp('abandonedInFlow'),
    gone: hungUp('abandonedInFlow'),
    resumed: (i, e, ctx) => {
      if (i.state.menu) return replayMenu(i, [], ctx);
      const greeting = ctx.flow(i.flowId)?.greeting;
      if (i.state.greeting && greeting) return chain(i, silence, (x) => play(x, 'greeting', [greeting]));
      const action = scheduledAction(i, ctx);
      return action ? perform(i, action, ctx, e.at) : [i, []];
    },
  },
  queued: {
    resumed: (i, e, ctx) => (i.state.callback ? [i, []] : chain(i, silence, (x) => loopMusic(x, ctx, e.at))),
    mediaCompleted: (i, e, ctx) => {
      if (e.context !== i.media.playing) return [i, []];
      return i.state.callback ? waitingCallback(i) : loopMusic(i, ctx, e.at);
    },
    offer: (i, e, ctx) =>
      i.state.callback ? callBack(i, i.state.callback, e.agentId, ctx, e.at) : offer(i, e.agentId, e.at, ctx),
    tone: (i, e, ctx) => (i.state.callback ? [i, []] : queuedKey(i, e.key, e.sequenceId, ctx, e.at)),
    callbackNow: (i) => (i.state.callback ? callbackToHead(i) : [i, []]),
    timer: (i, e, ctx) => {
      // A callback keeps its place and widens like a caller on the line.
      if (e.name === 'escalate') return escalate(i, ctx, e.at);
      if (i.state.callback) return [i, []];
      switch (e.name) {
        case 'callbackOffer':
          return queueOffers(i, ctx, e.at);
        case 'keepAlive':
          return keepAlive(i, e, ctx);
        case 'announce':
          return announce(i, ctx, e.at);
        case 'maxWait':
          return maxWaitReached(i, ctx, e.at);
        case 'mediaWatchdog':
          return loopMusic(i, ctx, e.at);
        default:
          return [i, []];
      }
    },
    terminated: (i, e) => (i.state.callback ? [i, []] : hungUp('abandonedInQueue')(i, e)),
    gone: (i, e) => (i.state.callback ? [i, []] : hungUp('abandonedInQueue')(i, e)),
    moveToQueue,
    setPriority,
  },
  callbackSetup: {
    resumed: (i) =>
      chain(i, silence, (x) =>
        play(x, 'callbackSetup', [
          shipped(i.state.step === 'confirm' ? 'callback-confirm-number' : 'callback-enter-number'),
        ]),
      ),
    tone: (i, e) => callbackSetupKey(i, e.key, e.sequenceId, e.at),
    gone: hungUp('abandonedInQueue'),
    mediaCompleted: (i, e) =>
      e.context === i.media.playing ? [{ ...i, media: { ...i.media, playing: undefined } }, []] : [i, []],
    timer: (i, e, ctx) => (e.name === 'keepAlive' ? keepAlive(i, e, ctx) : [i, []]),
    terminated: hungUp('abandonedInQueue'),
  },
  callbackDelay: {
    timer: (i, e) => (e.name === 'callbackRetry' ? callbackDue(i) : [i, []]),
    callbackNow: (i) => callbackDue(i),
  },
  callingBack: {
    leg: (i, e, ctx) => (e.leg === 'callback' ? callingBackLeg(i, e.callId, e.event, ctx) : [i, []]),
    timer: (i, e, ctx) => (e.name === 'legTimeout' ? callingBackTimeout(i, ctx, e.at) : [i, []]),
  },
  recording: {
    mediaCompleted: (i, e) => voicemailRecorded(i, e),
    timer: (i, e, ctx) => (e.name === 'keepAlive' ? keepAlive(i, e, ctx) : [i, []]),
    terminated: (i, e) => end(i, 'abandonedInQueue', e.at),
    gone: (i, e) => end(i, 'abandonedInQueue', e.at),
  },
  taskQueued: {
    offer: (i, e) => assignTask(i, e.agentId, e.at),
  },
  taskAssigned: {
    agentReleased: (i, e) => taskDone(i, e.at),
  },
  offering: {
    mediaCompleted: (i, e, ctx) => (e.context === i.media.playing ? loopMusic(i, ctx, e.at) : [i, []]),
    transferFailed: (i, e, ctx) => (i.state.announced ? missedAnnounced(i, ctx, e.at) : missed(i, ctx, e.at)),
    leg: onAgentLeg,
    terminated: (i, e) => (e.transferred ? offerConnected(i, e.at) : offerAbandoned(i, e.at)),
    // Only a blind transfer: an announced offer's agent is already in a call, with the bot's whisper.
    agentInCall: (i, e) => (i.state.announced ? [i, []] : offerConnected(i, e.at)),
    gone: (i, e) => {
      const { agentId, announced, offeredAt } = i.state;
      const handed = !announced || announced.phase === 'transferring';
      if (handed && e.agentsInCall.includes(agentId)) return offerConnected(i, e.at);
      // Still ringing: its own notification (failed, or transferred) or the agent's presence settles it.
      if (e.at - offeredAt < longestOfferMs) return [i, []];
      return offerAbandoned(i, e.at);
    },
    timer: (i, e, ctx) => {
      if (e.name === 'keepAlive') return keepAlive(i, e, ctx);
      if (e.name === 'agentAlert') return agentAlertExpired(i, ctx, e.at);
      return e.name === 'mediaWatchdog' ? loopMusic(i, ctx, e.at) : [i, []];
    },
  },
  connected: {
    leg: strayAgentLeg,
    agentReleased: (i, e) => [
      withState(i, { kind: 'ended', reason: 'handled', endedAt: e.at, agentId: i.state.agentId }),
      [log('ended', { reason: 'handled', agentId: i.state.agentId, talkMs: e.at - i.state.connectedAt })],
    ],
  },
  closing: {
    leg: strayAgentLeg,
    mediaCompleted: (i, e) => {
      if (e.context !== i.media.playing) return [i, []];
      const done = { ...i, media: { ...i.media, playing: undefined } };
      const after = i.state.after;
      switch (after.type) {
        case 'hangUp':
          return [done, [{ type: 'graph.hangUp', callId: i.callId }]];
        case 'transferToUser':
          return [
            done,
            [
              { type: 'graph.transfer', callId: i.callId, target: { kind: 'user', userId: after.userId } },
              log('transferred', { to: after.userId }),
            ],
          ];
        case 'transferToPhone':
          return [
            done,
            [
              { type: 'graph.transfer', callId: i.callId, target: { kind: 'phone', phone: after.phone } },
              log('transferred', { to: after.phone }),
            ],
          ];
      }
    },
    transferFailed: (i) => [
      withState(i, { ...i.state, after: { type: 'hangUp' } }),
      [{ type: 'graph.hangUp', callId: i.callId }],
    ],
    resumed: (i) => chain(i, silence, (x) => play(x, 'closing', [shipped('goodbye')])),
    timer: (i, e, ctx) => (e.name === 'keepAlive' ? keepAlive(i, e, ctx) : [i, []]),
    terminated: (i, e) => end(i, e.transferred ? 'transferredOut' : i.state.reason, e.at),
    gone: (i, e) => end(i, i.state.reason, e.at),
  },
  ended: { leg: strayAgentLeg },
};

/**
 * The call state machine: the next interaction and the commands for the world. Pure; executes nothing.
 * An event a state does not react to returns the interaction unchanged and no commands, which makes
 * Graph's duplicated, late and reordered notifications harmless.
 */
export function transition(interaction: Interaction, event: CallEvent, ctx: CallContext): Step {
  const handler = table[interaction.state.kind][event.type] as
    | ((i: Interaction, e: CallEvent, c: CallContext) => Step)
    | undefined;
  if (!handler) return [interaction, []];
  const [next, commands] = handler(interaction, event, ctx);
  if (next === interaction && commands.length === 0) return [interaction, []];
  return [{ ...next, version: interaction.version + 1 }, commands];
}
