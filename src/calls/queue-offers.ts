import type { Interaction } from '../domain/interaction';
import type { QueueExitAction } from './actions';
import type { CallContext } from './call-context';
import { startCallbackSetup } from './callback-setup';
import { chain, play, type Step, shipped, silence, timer } from './effects';
import { music } from './queueing';
import { startVoicemail } from './voicemail';

type Queued = Interaction & { state: Extract<Interaction['state'], { kind: 'queued' }> };

/** After `offerAfterSeconds` in the queue: the callback (and voicemail) offers, then the music again. */
export function queueOffers(interaction: Queued, ctx: CallContext, now: number): Step {
  const queue = ctx.queue(interaction.state.queueId);
  if (!queue?.callback.enabled) return [interaction, []];
  const offers = [
    queue.callback.offerPrompt ?? shipped('callback-offer'),
    ...(queue.voicemail.enabled ? [queue.voicemail.offerPrompt ?? shipped('voicemail-offer')] : []),
  ];
  const prompts = [...offers, music(queue)];
  return chain(
    interaction,
    silence,
    (i) => play(i, 'music', prompts),
    (i) => [i, [timer('mediaWatchdog', now + (ctx.playSeconds(prompts) + 10) * 1000)]],
  );
}

/** A key pressed while waiting: the callback key or the voicemail key, when the queue offers them. */
export function queuedKey(
  interaction: Queued,
  key: string,
  sequenceId: number,
  ctx: CallContext,
  now: number,
): Step {
  const queue = ctx.queue(interaction.state.queueId);
  if (!queue) return [interaction, []];
  const { kind: _kind, callback: _callback, ...place } = interaction.state;
  if (queue.callback.enabled && key === queue.callback.key)
    return startCallbackSetup(interaction, place, sequenceId);
  if (queue.voicemail.enabled && key === queue.voicemail.key)
    return startVoicemail(interaction, place.queueId, [], ctx, now);
  return [interaction, []];
}

/**
 * A queue's exit action `callback` or `voicemail` (max wait, full queue): the callback setup keeping the
 * caller's place (or taking one now), or a voicemail for the queue named or this one.
 */
export function exitToVoice(
  interaction: Interaction,
  queueId: string,
  action: Extract<QueueExitAction, { type: 'callback' | 'voicemail' }>,
  ctx: CallContext,
  now: number,
): Step {
  const intro = action.prompt ? [action.prompt] : [];
  if (action.type === 'voicemail')
    return startVoicemail(interaction, action.queue ?? queueId, intro, ctx, now);
  const queue = ctx.queue(queueId);
  const state = interaction.state;
  const place =
    state.kind === 'queued' && state.queueId === queueId
      ? { queueId, priority: state.priority, rank: state.rank, enqueuedAt: state.enqueuedAt }
      : { queueId, priority: queue?.priority ?? 3, rank: now, enqueuedAt: now };
  return startCallbackSetup(interaction, place);
}
