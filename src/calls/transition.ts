import type { Interaction, StateKind } from '../domain/interaction';
import type { CallContext } from './call-context';
import type { CallEvent, CallEventType } from './call-event';
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
import { menuFailure, perform, replayMenu, scheduledAction } from './perform';
import { announce, loopMusic, maxWaitReached, missed, offer } from './queueing';

type Handler<K extends StateKind, E extends CallEventType> = (
  interaction: Interaction & { state: Extract<Interaction['state'], { kind: K }> },
  event: Extract<CallEvent, { type: E }>,
  ctx: CallContext,
) => Step;

/** The transition table: for each state, the events it reacts to. A missing cell changes nothing. */
type Table = { [K in StateKind]: { [E in CallEventType]?: Handler<K, E> } };

const timersWhileHeld = ['menuTimeout', 'maxWait', 'announce', 'keepAlive', 'mediaWatchdog'] as const;

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
    resumed: (i, e, ctx) => {
      if (i.state.menu) return replayMenu(i, [], ctx);
      const greeting = ctx.flow(i.flowId)?.greeting;
      if (i.state.greeting && greeting) return chain(i, silence, (x) => play(x, 'greeting', [greeting]));
      const action = scheduledAction(i, ctx);
      return action ? perform(i, action, ctx, e.at) : [i, []];
    },
  },
  queued: {
    resumed: (i, e, ctx) => chain(i, silence, (x) => loopMusic(x, ctx, e.at)),
    mediaCompleted: (i, e, ctx) => (e.context === i.media.playing ? loopMusic(i, ctx, e.at) : [i, []]),
    offer: (i, e) => offer(i, e.agentId, e.at),
    timer: (i, e, ctx) => {
      switch (e.name) {
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
    terminated: hungUp('abandonedInQueue'),
  },
  offering: {
    mediaCompleted: (i, e, ctx) => (e.context === i.media.playing ? loopMusic(i, ctx, e.at) : [i, []]),
    transferFailed: (i, e, ctx) => missed(i, ctx, e.at),
    terminated: (i, e) => {
      const { agentId, queueId, enqueuedAt } = i.state;
      if (!e.transferred) {
        return end(i, 'abandonedDuringOffer', e.at, [
          log('abandoned', { queueId, agentId, waitedMs: e.at - enqueuedAt }),
          { type: 'agent.released', agentId, reason: 'abandonedDuringOffer' },
        ]);
      }
      return [
        {
          ...withState(i, { kind: 'connected', queueId, agentId, connectedAt: e.at, enqueuedAt }),
          media: { ...i.media, playing: undefined },
        },
        [
          log('connected', { queueId, agentId, waitedMs: e.at - enqueuedAt }),
          { type: 'agent.connected', agentId },
          ...cancel(...timersWhileHeld),
        ],
      ];
    },
    timer: (i, e, ctx) => {
      if (e.name === 'keepAlive') return keepAlive(i, e, ctx);
      return e.name === 'mediaWatchdog' ? loopMusic(i, ctx, e.at) : [i, []];
    },
  },
  connected: {
    agentReleased: (i, e) => [
      withState(i, { kind: 'ended', reason: 'handled', endedAt: e.at, agentId: i.state.agentId }),
      [log('ended', { reason: 'handled', agentId: i.state.agentId, talkMs: e.at - i.state.connectedAt })],
    ],
  },
  closing: {
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
  },
  ended: {},
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
