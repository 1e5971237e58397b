import type { z } from 'zod';
import { type Agent, AgentSchema, type WrapUpCode, WrapUpCodeSchema } from './agent.schema';
import { type ContactCenterNumber, NumberSchema, type Tenant } from './contact-center.schema';
import { type Flow, FlowSchema } from './flow.schema';
import { type Queue, QueueSchema } from './queue.schema';

/** An item of a list with its index in the file, so a problem can say where it was written. */
export type Entry<T> = { item: T; index: number };

/**
 * A tenant as the reference checks see it: the items that are valid (with their indexes), and every id the
 * file declares, valid item or not, so a reference to an item with its own error is not reported twice.
 */
export type TenantView = {
  path: readonly PropertyKey[];
  id: string | undefined;
  numbers: Entry<ContactCenterNumber>[];
  flows: Entry<Flow>[];
  queues: Entry<Queue>[];
  agents: Entry<Agent>[];
  wrapUpCodes: Entry<WrapUpCode>[];
  flowIds: Set<string>;
  queueIds: Set<string>;
  /** Ids of the agents who list the queue. */
  members: (queueId: string) => Set<string>;
};

const entries = <T>(items: readonly T[]): Entry<T>[] => items.map((item, index) => ({ item, index }));

/** The view of a fully valid tenant. */
export function tenantView(tenant: Tenant, index: number): TenantView {
  return {
    path: ['tenants', index],
    id: tenant.id,
    numbers: entries(tenant.numbers),
    flows: entries(tenant.flows),
    queues: entries(tenant.queues),
    agents: entries(tenant.agents),
    wrapUpCodes: entries(tenant.wrapUpCodes),
    flowIds: new Set(tenant.flows.map((flow) => flow.id)),
    queueIds: new Set(tenant.queues.map((queue) => queue.id)),
    members: (queueId) =>
      new Set(tenant.agents.filter((agent) => agent.queues.includes(queueId)).map((agent) => agent.id)),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringsOf(values: unknown[]): string[] {
  return values.filter((value): value is string => typeof value === 'string');
}

function validEntries<T>(raw: unknown, schema: z.ZodType<T>): Entry<T>[] {
  return listOf(raw).flatMap((item, index) => {
    const result = schema.safeParse(item);
    return result.success ? [{ item: result.data, index }] : [];
  });
}

/**
 * Views of the tenants of a file that failed validation: each list keeps only the items that are valid on
 * their own, so their references can still be checked and every problem reported in one pass.
 */
export function salvagedTenantViews(data: unknown): TenantView[] {
  if (!isRecord(data)) return [];
  return listOf(data.tenants).flatMap((raw, index): TenantView[] => {
    if (!isRecord(raw)) return [];
    const idsOf = (key: string) =>
      new Set(stringsOf(listOf(raw[key]).map((item) => (isRecord(item) ? item.id : undefined))));
    const rawAgents = listOf(raw.agents).filter(isRecord);
    return [
      {
        path: ['tenants', index],
        id: typeof raw.id === 'string' ? raw.id.toLowerCase() : undefined,
        numbers: validEntries(raw.numbers, NumberSchema),
        flows: validEntries(raw.flows, FlowSchema),
        queues: validEntries(raw.queues, QueueSchema),
        agents: validEntries(raw.agents, AgentSchema),
        wrapUpCodes: validEntries(raw.wrapUpCodes, WrapUpCodeSchema),
        flowIds: idsOf('flows'),
        queueIds: idsOf('queues'),
        members: (queueId) =>
          new Set(
            stringsOf(
              rawAgents
                .filter((agent) => stringsOf(listOf(agent.queues)).includes(queueId))
                .map((agent) => (typeof agent.id === 'string' ? agent.id.toLowerCase() : undefined)),
            ),
          ),
      },
    ];
  });
}
