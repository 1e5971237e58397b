import type { EventRow } from '../../../src/store';

/**
 * Which events of the tenant's log one agent's stream carries: their own (state changes, queue sign-ins,
 * wrap-ups), the offers made to them, and everything that happens afterwards to an interaction they were
 * offered (connected, ended, abandoned, notes). Seed it with the interactions offered to them before the
 * stream began, so a resumed stream still follows those. Pure state, no IO.
 */
export function createAgentFeed(agentId: string, offeredBefore: Iterable<string> = []) {
  const followed = new Set(offeredBefore);
  return {
    accepts(event: EventRow): boolean {
      if (event.name === 'offered' && event.data.agentId === agentId) {
        if (event.interactionId) followed.add(event.interactionId);
        return true;
      }
      if (event.agentId === agentId) return true;
      return event.interactionId !== null && followed.has(event.interactionId);
    },
  };
}

/** An agent's filter over the tenant's events. */
export type AgentFeed = ReturnType<typeof createAgentFeed>;
