import type { Queue } from '../config';
import type { Interaction } from '../domain/interaction';
import { criteriaAfter, stepsReached } from '../routing/escalation';
import type { CallContext } from './call-context';
import type { Command } from './command';
import { log, type Step, timer, withState } from './effects';

/**
 * The timer for the next escalation step of a caller who entered the queue at `enqueuedAt` with `applied`
 * steps behind them; none when no step is left. A timer left over when the caller leaves the queue fires
 * into a state that ignores it.
 */
export function nextEscalationTimer(queue: Queue, enqueuedAt: number, applied: number): Command[] {
  const step = queue.escalation[applied];
  return step ? [timer('escalate', enqueuedAt + step.afterSeconds * 1000)] : [];
}

/**
 * Applies the escalation steps a waiting caller's wait has reached and that are not applied yet: each is
 * logged once (`escalated`), routing is woken to try the wider agents at once, and the next step's timer is
 * armed. Pure; executes nothing.
 */
export function escalate(interaction: Interaction, ctx: CallContext, now: number): Step {
  const state = interaction.state;
  if (state.kind !== 'queued') return [interaction, []];
  const queue = ctx.queue(state.queueId);
  if (!queue || queue.escalation.length === 0) return [interaction, []];
  const applied = state.escalated ?? 0;
  const reached = stepsReached(queue, now - state.enqueuedAt);
  if (reached <= applied) return [interaction, nextEscalationTimer(queue, state.enqueuedAt, applied)];
  const logged: Command[] = [];
  for (let index = applied; index < reached; index++) {
    const criteria = criteriaAfter(queue, index + 1);
    logged.push(
      log('escalated', {
        queueId: state.queueId,
        step: index + 1,
        afterSeconds: queue.escalation[index]?.afterSeconds,
        skills: criteria.skills,
        agentsFrom: criteria.queueIds,
        waitedMs: now - state.enqueuedAt,
      }),
    );
  }
  return [
    withState(interaction, { ...state, escalated: reached }),
    [
      ...logged,
      { type: 'routing.wake', queueId: state.queueId },
      ...nextEscalationTimer(queue, state.enqueuedAt, reached),
    ],
  ];
}
