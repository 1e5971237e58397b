import { type AfterCommit, changeAgent } from '../calls/apply-step';
import type { CallProcessor } from '../calls/call-processor';
import type { Tenant } from '../config';
import type { AgentState, AgentStatus } from '../domain/agent';
import type { PresenceReading, Store } from '../store';

export interface AgentServiceDeps {
  store: Store;
  processor: CallProcessor;
  now(): number;
}

/** Agents' side of the contact center: who exists, their Teams presence, and the status they choose. */
export function createAgentService(deps: AgentServiceDeps) {
  const { store, processor } = deps;
  return {
    /**
     * Creates the live rows of a tenant's configured agents. Existing rows keep their state; new ones start
     * signed in to their queues, and available when `startAvailable` (the embedded demo) or else offline.
     */
    async ensureAgents(tenant: Tenant, startAvailable: boolean): Promise<number> {
      const status: AgentStatus = startAvailable ? 'available' : 'offline';
      return store.agents.upsertConfigured(
        tenant.id,
        tenant.agents.map((agent) => ({ id: agent.id, status, signedInQueues: agent.queues })),
        deps.now(),
      );
    },

    /** Teams presence readings for a tenant: each change runs through the agent state machine. */
    async presence(tenantId: string, readings: PresenceReading[]): Promise<number> {
      const at = deps.now();
      let inCall: AfterCommit['agentInCall'] = [];
      const count = await processor.run(async (tx, out) => {
        // Each change runs through the agent state machine before the new presence is written, so the
        // machine sees what Teams showed before (an agent Teams frees again wakes routing at once).
        // Only the agents whose presence changed are locked (and checked again under the lock): a poll
        // locking everyone would have routers skip every agent it holds.
        const reading = new Map(readings.map((r) => [r.id, r]));
        const differs = (agent: AgentState) => {
          const now = reading.get(agent.id);
          return (
            now !== undefined &&
            (now.availability !== agent.presence?.availability || now.activity !== agent.presence?.activity)
          );
        };
        const moved = (await tx.agents.list(tenantId)).filter(differs).map((agent) => agent.id);
        const changed = (await tx.agents.lockMany(tenantId, moved))
          .filter(differs)
          .map((agent) => reading.get(agent.id)!);
        for (const { id, availability, activity } of changed) {
          await changeAgent(
            tx,
            processor.applyDeps,
            tenantId,
            id,
            { type: 'presence', presence: { availability, activity }, at },
            out,
            `${id}:presence:${at}`,
          );
        }
        await tx.agents.setPresence(tenantId, changed, at);
        inCall = out.agentInCall;
        return changed.length;
      });
      // Each offer Teams shows answered settles on its own, locking its interaction before its agent.
      for (const told of inCall)
        await processor.leg(told.tenantId, told.interactionId, { type: 'agentInCall', at });
      return count;
    },

    /** The agent chose a status (available, not ready with a reason, offline). */
    setStatus(
      tenantId: string,
      agentId: string,
      status: 'available' | 'notReady' | 'offline',
      reason?: string,
    ) {
      const at = deps.now();
      return processor.run((tx, out) =>
        changeAgent(
          tx,
          processor.applyDeps,
          tenantId,
          agentId,
          { type: 'setStatus', status, reason, at },
          out,
          `${agentId}:status:${at}`,
        ),
      );
    },

    /** The agent submitted wrap-up (or Teams shows the call over without presence changes). */
    wrappedUp(tenantId: string, agentId: string) {
      const at = deps.now();
      return processor.run((tx, out) =>
        changeAgent(
          tx,
          processor.applyDeps,
          tenantId,
          agentId,
          { type: 'wrappedUp', at },
          out,
          `${agentId}:wrapUp:${at}`,
        ),
      );
    },
  };
}

export type AgentService = ReturnType<typeof createAgentService>;
