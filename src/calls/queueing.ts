import type { Prompt, Queue } from '../config';
import type { EndReason, Interaction, QueuePlace } from '../domain/interaction';
import type { QueueExitAction } from './actions';
import { offerAnnounced } from './announced-offer';
import { positionAnnouncement, waitAnnouncement } from './announcement';
import type { CallContext } from './call-context';
import { cancel, chain, log, play, type Step, shipped, silence, timer, withState } from './effects';
import { escalate, nextEscalationTimer } from './escalation';
import { close, perform } from './perform';
import { exitToVoice } from './queue-offers';

/** A rank before any arrival: a caller put back after a missed offer goes to the head of the queue. */
const headStart = 1e13;

/** The music a queue loops while callers wait. */
export function music(queue: Queue | undefined): Prompt {
  return queue?.musicOnHold ?? shipped('music-on-hold');
}

/**
 * Puts the caller in a queue: the full-queue action if it is full, else music, the max-wait and
 * announcement timers, and a wake-up for routing.
 */
export function enqueue(
  interaction: Interaction,
  queueId: string,
  priority: number | undefined,
  intro: Prompt[],
  ctx: CallContext,
  now: number,
): Step {
  const queue = ctx.queue(queueId);
  if (!queue) return close(interaction, [shipped('goodbye')], { type: 'hangUp' }, 'failed');
  if (ctx.waiting(queueId) >= queue.maxSize) {
    return chain(
      interaction,
      (i) => [i, [log('overflowed', { queueId, reason: 'maxSize', waiting: ctx.waiting(queueId) })]],
      (i) =>
        leaveQueue(i, queue.maxSizeAction, shipped('queue-full'), 'queueFullDisconnect', ctx, now, queueId),
    );
  }
  const place: QueuePlace = { queueId, priority: priority ?? queue.priority, rank: now, enqueuedAt: now };
  return chain(
    interaction,
    silence,
    (i) => [
      withState(i, { kind: 'queued', ...place }),
      [
        log('queued', { queueId, priority: place.priority, serviceLevelSeconds: queue.serviceLevelSeconds }),
        ...cancel('menuTimeout'),
        timer('maxWait', now + queue.maxWait * 1000),
        ...(queue.announcements ? [timer('announce', now + queue.announcements.everySeconds * 1000)] : []),
        ...nextEscalationTimer(queue, now, 0),
        ...(queue.callback.enabled
          ? [timer('callbackOffer', now + queue.callback.offerAfterSeconds * 1000)]
          : []),
        { type: 'routing.wake', queueId },
      ],
    ],
    (i) => playMusic(i, [...intro, ...voicemailOffer(queue), music(queue)], ctx, now),
  );
}

/** A queue with voicemail (and no callback offer to carry it later) says so as the caller joins. */
function voicemailOffer(queue: Queue): Prompt[] {
  if (!queue.voicemail.enabled || queue.callback.enabled) return [];
  return [queue.voicemail.offerPrompt ?? shipped('voicemail-offer')];
}

/**
 * Plays music (after any announcement) and arms a watchdog a little past its end: a completion Graph
 * never delivered would otherwise leave the caller in silence, so the watchdog restarts the loop.
 */
function playMusic(interaction: Interaction, prompts: Prompt[], ctx: CallContext, now: number): Step {
  return chain(
    interaction,
    (i) => play(i, 'music', prompts),
    (i) => [i, [timer('mediaWatchdog', now + (ctx.playSeconds(prompts) + watchdogGraceSeconds) * 1000)]],
  );
}

/** How long past the expected end of the music a missing completion counts as lost. */
const watchdogGraceSeconds = 10;

/** Music again: the loop that keeps a waiting caller from ever hearing silence. */
export function loopMusic(interaction: Interaction, ctx: CallContext, now: number): Step {
  const queueId = 'queueId' in interaction.state ? interaction.state.queueId : undefined;
  return playMusic(interaction, [music(queueId ? ctx.queue(queueId) : undefined)], ctx, now);
}

/** Position and estimated wait, then music, and the next announcement timer. */
export function announce(interaction: Interaction, ctx: CallContext, now: number): Step {
  const state = interaction.state;
  if (state.kind !== 'queued') return [interaction, []];
  const queue = ctx.queue(state.queueId);
  const settings = queue?.announcements;
  if (!settings || !ctx.place) return [interaction, []];
  const words = [
    ...(settings.position ? positionAnnouncement(ctx.place.position) : []),
    ...(settings.estimatedWait ? waitAnnouncement(ctx.place.estimatedWaitSeconds) : []),
  ];
  return chain(
    interaction,
    silence,
    (i) => playMusic(i, [...words, music(queue)], ctx, now),
    (i) => [i, [timer('announce', now + settings.everySeconds * 1000)]],
  );
}

/**
 * Routing chose an agent: transfer to their Teams while the caller keeps hearing music, or for a queue with
 * announced transfer, call the agent first to whisper (see `announced-offer.ts`).
 */
export function offer(interaction: Interaction, agentId: string, now: number, ctx: CallContext): Step {
  const state = interaction.state;
  if (state.kind !== 'queued') return [interaction, []];
  if (ctx.queue(state.queueId)?.announcedTransfer.enabled)
    return offerAnnounced(interaction, agentId, ctx, now);
  const { kind: _kind, ...place } = state;
  return [
    withState(interaction, { kind: 'offering', ...place, agentId, offeredAt: now }),
    [
      { type: 'graph.transfer', callId: interaction.callId, target: { kind: 'user', userId: agentId } },
      log('offered', { queueId: state.queueId, agentId, waitedMs: now - state.enqueuedAt }),
    ],
  ];
}

/**
 * The agent did not answer or declined: they become not ready ("missed"), the caller goes back to the head
 * of the queue with the music restarted, unless their max wait is up.
 */
export function missed(interaction: Interaction, ctx: CallContext, now: number): Step {
  const state = interaction.state;
  if (state.kind !== 'offering') return [interaction, []];
  const { kind: _kind, agentId, offeredAt: _offeredAt, announced: _announced, ...place } = state;
  const queue = ctx.queue(place.queueId);
  const lost: Step = [
    interaction,
    [{ type: 'agent.missed', agentId }, log('missed', { queueId: place.queueId, agentId })],
  ];
  if (queue && now - place.enqueuedAt >= queue.maxWait * 1000) {
    return chain(
      interaction,
      () => lost,
      (i) => [withState(i, { kind: 'queued', ...place }), []],
      (i) => maxWaitReached(i, ctx, now),
    );
  }
  const back = { ...place, rank: Math.min(place.rank, place.enqueuedAt - headStart) };
  return chain(
    interaction,
    () => lost,
    silence,
    (i) => [withState(i, { kind: 'queued', ...back }), [{ type: 'routing.wake', queueId: place.queueId }]],
    (i) => loopMusic(i, ctx, now),
    // A step reached during the offer applies now, and the next one gets its timer again.
    (i) => escalate(i, ctx, now),
  );
}

/** The caller waited as long as the queue allows: its max-wait action. */
export function maxWaitReached(interaction: Interaction, ctx: CallContext, now: number): Step {
  const state = interaction.state;
  if (state.kind !== 'queued') return [interaction, []];
  const queue = ctx.queue(state.queueId);
  if (!queue) return [interaction, []];
  return chain(
    interaction,
    (i) => [
      i,
      [
        log('overflowed', { queueId: state.queueId, reason: 'maxWait', waitedMs: now - state.enqueuedAt }),
        ...cancel('announce'),
      ],
    ],
    (i) => leaveQueue(i, queue.maxWaitAction, shipped('max-wait'), 'maxWaitDisconnect', ctx, now),
  );
}

/** A queue's exit action; a disconnect says why the caller is let go (its own prompt, or the default). */
function leaveQueue(
  interaction: Interaction,
  action: QueueExitAction,
  farewell: Prompt,
  reason: EndReason,
  ctx: CallContext,
  now: number,
  exitQueue?: string,
): Step {
  const queueId = 'queueId' in interaction.state ? interaction.state.queueId : undefined;
  if ((action.type === 'callback' || action.type === 'voicemail') && (queueId ?? exitQueue))
    return exitToVoice(interaction, (queueId ?? exitQueue) as string, action, ctx, now);
  if (action.type !== 'disconnect') return perform(interaction, action, ctx, now);
  return close(interaction, [action.prompt ?? farewell], { type: 'hangUp' }, reason);
}
