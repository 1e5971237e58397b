/**
 * Queue escalation (as in TaskRouter workflows): after a caller has waited a step's `afterSeconds`, the step
 * replaces the required skills (only ever fewer or lower, the config checks) and/or lets the agents of other
 * queues answer. Steps only widen, so a caller is routed by the last step applied. Pure; executes nothing.
 */
import type { Queue } from '../config';

/** Whom routing may offer a caller to: agents with these skills, signed in to one of these queues. */
export interface RoutingCriteria {
  skills: Record<string, number>;
  /** The queue's own id first, then the queues escalation added. */
  queueIds: string[];
}

/** How many of a queue's steps a wait of `waitedMs` has reached. */
export function stepsReached(queue: Queue, waitedMs: number): number {
  return queue.escalation.filter((step) => step.afterSeconds * 1000 <= waitedMs).length;
}

/**
 * The criteria once the first `applied` steps of the queue's escalation apply: the skills of the last
 * step that names skills (else the queue's), and every queue any applied step added.
 * @example criteriaAfter(support, 0) // { skills: support.skills, queueIds: ['support'] }
 */
export function criteriaAfter(queue: Queue, applied: number): RoutingCriteria {
  let skills = queue.skills;
  const queueIds = [queue.id];
  for (const step of queue.escalation.slice(0, Math.max(0, applied))) {
    if (step.skills) skills = step.skills;
    for (const id of step.addAgentsFrom ?? []) if (!queueIds.includes(id)) queueIds.push(id);
  }
  return { skills, queueIds };
}

/** Every queue whose agents some step of this queue may add, besides its own: whom routing must look at. */
export function queuesEscalationMayAdd(queue: Queue): string[] {
  return criteriaAfter(queue, queue.escalation.length).queueIds.slice(1);
}
