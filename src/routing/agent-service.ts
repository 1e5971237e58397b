import { changeAgent } from '../calls/apply-step';
import type { CallProcessor } from '../calls/call-processor';
import type { Tenant } from '../config';
import type { AgentStatus } from '../domain/agent';
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
      return processor.run(async (tx, out) => {
        const changed = await tx.agents.setPresence(tenantId, readings, at);
        for (const agent of changed) {
          if (!agent.presence) continue;
          await changeAgent(
            tx,
            processor.applyDeps,
            tenantId,
            agent.id,
            { type: 'presence', presence: agent.presence, at },
            out,
            `${agent.id}:presence:${at}`,
          );
        }
        return changed.length;
      });
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
