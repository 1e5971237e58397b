import type { Agent } from './agent.schema';
import type { ContactCenter, ContactCenterNumber, Tenant } from './contact-center.schema';
import type { Flow } from './flow.schema';
import type { Queue } from './queue.schema';

/** What a dialled number leads to: its tenant, the number itself, the flow it runs and that flow's time zone. */
export type NumberRoute = { tenant: Tenant; number: ContactCenterNumber; flow: Flow; timeZone: string };

/** Phone numbers as Graph may write them (`tel:+1 425-555-0100`) reduced to E.164. */
function normalizePhone(phone: string): string {
  return phone.replace(/^tel:/i, '').replace(/[\s().-]/g, '');
}

/** The queue's agents in serial order: those in `agentOrder` first, then the others in file order. */
function membersOf(tenant: Tenant, queue: Queue): Agent[] {
  const members = tenant.agents.filter((agent) => agent.queues.includes(queue.id));
  const order = queue.agentOrder ?? [];
  const rank = (agent: Agent) => (order.includes(agent.id) ? order.indexOf(agent.id) : order.length);
  return members
    .map((agent, index) => ({ agent, index }))
    .sort((a, b) => rank(a.agent) - rank(b.agent) || a.index - b.index)
    .map(({ agent }) => agent);
}

/**
 * Indexes a validated contact center for the lookups the server makes on every call: a number (by phone or
 * application instance) to its tenant and flow, queues and flows by id, a queue's agents, an agent's tenant.
 */
export function createContactCenterDirectory(contactCenter: ContactCenter) {
  const tenants = new Map(contactCenter.tenants.map((tenant) => [tenant.id, tenant]));
  const byPhone = new Map<string, NumberRoute>();
  const byApplicationInstance = new Map<string, NumberRoute>();
  const agents = new Map<string, { tenant: Tenant; agent: Agent }>();
  const members = new Map<string, Agent[]>();
  const key = (tenantId: string, id: string) => `${tenantId.toLowerCase()}/${id}`;

  for (const tenant of contactCenter.tenants) {
    for (const number of tenant.numbers) {
      const flow = tenant.flows.find((candidate) => candidate.id === number.flow);
      if (!flow) continue;
      const route = { tenant, number, flow, timeZone: flow.timeZone ?? tenant.timeZone };
      byPhone.set(number.phoneNumber, route);
      byApplicationInstance.set(number.applicationInstanceId, route);
    }
    for (const agent of tenant.agents) agents.set(agent.id, { tenant, agent });
    for (const queue of tenant.queues) members.set(key(tenant.id, queue.id), membersOf(tenant, queue));
  }

  return {
    /** The tenant with this Entra tenant id. */
    tenant: (tenantId: string): Tenant | undefined => tenants.get(tenantId.toLowerCase()),
    /** The route of a dialled number, in E.164 or as Graph writes it (`tel:+14255550100`). */
    numberByPhone: (phone: string): NumberRoute | undefined => byPhone.get(normalizePhone(phone)),
    /** The route of a resource account, by its application instance id. */
    numberByApplicationInstance: (id: string): NumberRoute | undefined =>
      byApplicationInstance.get(id.toLowerCase()),
    /** A flow of a tenant by id. */
    flow: (tenantId: string, flowId: string): Flow | undefined =>
      tenants.get(tenantId.toLowerCase())?.flows.find((flow) => flow.id === flowId),
    /** A queue of a tenant by id. */
    queue: (tenantId: string, queueId: string): Queue | undefined =>
      tenants.get(tenantId.toLowerCase())?.queues.find((queue) => queue.id === queueId),
    /** The agents who belong to a queue, in serial-routing order; empty for an unknown queue. */
    agentsOfQueue: (tenantId: string, queueId: string): readonly Agent[] =>
      members.get(key(tenantId, queueId)) ?? [],
    /** An agent by Teams user id, with the tenant they work in. */
    agent: (userId: string): { tenant: Tenant; agent: Agent } | undefined => agents.get(userId.toLowerCase()),
  };
}

/** The lookups over one loaded contact center. */
export type ContactCenterDirectory = ReturnType<typeof createContactCenterDirectory>;
