import { applyStep } from '../calls/apply-step';
import type { CallProcessor } from '../calls/call-processor';
import { transition } from '../calls/transition';
import type { ContactCenterDirectory } from '../config';
import type { Store } from '../store';

export interface TaskRouterDeps {
  store: Store;
  directory: ContactCenterDirectory;
  processor: CallProcessor;
  now(): number;
}

/** Statuses in which an agent takes tasks: a voice call (reserved, busy, wrap-up) does not stop them. */
const working = new Set(['available', 'reserved', 'busy', 'wrapUp']);

/**
 * Gives out tasks (voicemails): the head of a queue goes to a signed-in, working agent with room under
 * their `taskCapacity`, fewest tasks first. Tasks count apart from the one voice call an agent may hold.
 * The task row is claimed with `SKIP LOCKED` and the chosen agent's row locked, so two instances can never
 * give one task twice or an agent more than their capacity.
 */
export function createTaskRouter(deps: TaskRouterDeps) {
  const { directory, processor } = deps;

  async function assignOnce(tenantId: string, queueId: string): Promise<boolean> {
    return processor.run(async (tx, out) => {
      const task = await tx.interactions.claimTask(tenantId, queueId);
      if (!task) return false;
      const held = await tx.interactions.tasksHeld(tenantId);
      const candidates = (await tx.agents.list(tenantId))
        .filter((a) => a.signedInQueues.includes(queueId) && working.has(a.status))
        .map((a) => ({ state: a, capacity: directory.agent(a.id)?.agent.taskCapacity ?? 0 }))
        .filter((c) => (held[c.state.id] ?? 0) < c.capacity)
        .sort(
          (a, b) =>
            (held[a.state.id] ?? 0) - (held[b.state.id] ?? 0) || a.state.idleSince - b.state.idleSince,
        );
      for (const candidate of candidates) {
        const agent = await tx.agents.lock(tenantId, candidate.state.id);
        // Counted again under the lock: another instance may have given this agent a task meanwhile.
        const now = await tx.interactions.tasksHeld(tenantId);
        if (!agent || (now[agent.id] ?? 0) >= candidate.capacity) continue;
        const at = deps.now();
        const ctx = await processor.context(tx, task, at);
        const [next, commands] = transition(task, { type: 'offer', agentId: agent.id, at }, ctx);
        await applyStep(tx, processor.applyDeps, task, next, commands, at, out);
        return true;
      }
      return false;
    });
  }

  async function routeQueue(tenantId: string, queueId: string): Promise<number> {
    let given = 0;
    while (given < 50 && (await assignOnce(tenantId, queueId))) given++;
    return given;
  }

  return {
    routeQueue,
    /**
     * Every queue with a task waiting, in every tenant: the safety net behind the wake-ups (an agent signing
     * in, a task done). One read per tenant when nothing waits.
     */
    async sweep(tenantIds: string[]): Promise<number> {
      let given = 0;
      for (const tenantId of tenantIds) {
        const waiting = await deps.store.interactions.tasksWaiting(tenantId);
        for (const queueId of Object.keys(waiting)) given += await routeQueue(tenantId, queueId);
      }
      return given;
    },
  };
}

export type TaskRouter = ReturnType<typeof createTaskRouter>;
