import type { Interaction, QueuePlace } from '../domain/interaction';
import type { CallContext } from './call-context';
import type { CallEvent } from './call-event';
import { chain, log, type Step, silence, timer, withState } from './effects';
import { loopMusic } from './queueing';

type Queued = Interaction & { state: { kind: 'queued' } & QueuePlace };

/**
 * A supervisor moves a waiting caller to another queue. The caller keeps their rank (their place by
 * arrival) and the more urgent of the two priorities; their wait in the new queue starts now, so each
 * queue's service level measures its own wait. Logs `moved` (who, from, to: the audit) and `queued` in
 * the new queue, re-arms its max-wait and announcement timers, plays its music and wakes its routing.
 * A queue that does not exist, or the same queue, changes nothing. Pure.
 */
export function moveToQueue(
  interaction: Queued,
  event: Extract<CallEvent, { type: 'moveToQueue' }>,
  ctx: CallContext,
): Step {
  const from = interaction.state;
  const queue = ctx.queue(event.queueId);
  if (!queue || queue.id === from.queueId) return [interaction, []];
  const place: QueuePlace = {
    queueId: queue.id,
    priority: Math.min(from.priority, queue.priority),
    rank: from.rank,
    enqueuedAt: event.at,
  };
  const audit = [
    log('moved', {
      by: event.by,
      fromQueueId: from.queueId,
      queueId: queue.id,
      waitedMs: event.at - from.enqueuedAt,
      before: { queueId: from.queueId, priority: from.priority },
      after: { queueId: queue.id, priority: place.priority },
    }),
    log('queued', {
      queueId: queue.id,
      priority: place.priority,
      serviceLevelSeconds: queue.serviceLevelSeconds,
    }),
  ];
  // A waiting callback has no call to play music to: it only changes queue, keeping its request.
  if (from.callback)
    return [
      withState(interaction, { kind: 'queued', ...place, callback: from.callback }),
      [...audit, { type: 'routing.wake', queueId: queue.id }],
    ];
  return chain(
    interaction,
    silence,
    (i) => [
      withState(i, { kind: 'queued', ...place }),
      [
        ...audit,
        timer('maxWait', event.at + queue.maxWait * 1000),
        ...(queue.announcements
          ? [timer('announce', event.at + queue.announcements.everySeconds * 1000)]
          : []),
        { type: 'routing.wake', queueId: queue.id },
      ],
    ],
    (i) => loopMusic(i, ctx, event.at),
  );
}

/**
 * A supervisor sets a waiting caller's priority (1 = served first). Logs `prioritised` with who and the
 * priority before and after, and wakes the queue's routing. The same priority changes nothing. Pure.
 */
export function setPriority(interaction: Queued, event: Extract<CallEvent, { type: 'setPriority' }>): Step {
  const place = interaction.state;
  if (place.priority === event.priority) return [interaction, []];
  return [
    withState(interaction, { ...place, priority: event.priority }),
    [
      log('prioritised', {
        by: event.by,
        queueId: place.queueId,
        before: { priority: place.priority },
        after: { priority: event.priority },
      }),
      { type: 'routing.wake', queueId: place.queueId },
    ],
  ];
}
