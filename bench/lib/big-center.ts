import { createHash } from 'node:crypto';
import { type ContactCenter, ContactCenterSchema } from '../../src/config';

/** A stable GUID for a name, so the same center gets the same ids in every run. */
export function guid(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The phone number of tenant `t`'s main line. */
export function numberOf(t: number): string {
  return `+1425${String(5_000_000 + t).padStart(7, '0')}`;
}

/**
 * A contact center of `tenants` tenants, each with one number whose flow queues the caller at once (no
 * menu), `queues` queues and `agents` agents, each agent in two queues. Validated by the real schema.
 */
export function bigCenter(options: {
  tenants: number;
  queues: number;
  agents: number;
  /** Wrap-up after a call, in seconds. */
  wrapUpSeconds?: number;
  /** Greeting prompt before queueing; none unless given. */
  greeting?: string;
  /** Callers go to a queue `hold` that no agent serves, and stay there (for holding many calls). */
  hold?: boolean;
}): ContactCenter {
  const tenants = Array.from({ length: options.tenants }, (_, t) => {
    const queueIds = Array.from({ length: options.queues }, (_, q) => `q${q}`);
    return {
      id: guid(`tenant-${t}`),
      name: `Tenant ${t}`,
      timeZone: 'Europe/London',
      numbers: [
        { phoneNumber: numberOf(t), applicationInstanceId: guid(`number-${t}`), name: 'Main', flow: 'main' },
      ],
      flows: [
        {
          id: 'main',
          ...(options.greeting ? { greeting: options.greeting } : {}),
          start: { type: 'queue', queue: options.hold ? 'hold' : 'q0' },
        },
      ],
      queues: [...queueIds, ...(options.hold ? ['hold'] : [])].map((id) => ({
        id,
        name: `Queue ${id}`,
        routing: 'longestIdle',
        wrapUpSeconds: options.wrapUpSeconds ?? 0,
        maxWait: 2700,
        maxSize: 200,
      })),
      agents: Array.from({ length: options.agents }, (_, a) => ({
        id: guid(`tenant-${t}-agent-${a}`),
        name: `Agent ${t}-${a}`,
        skills: { sales: 1 + (a % 5) },
        queues: [...new Set([queueIds[a % queueIds.length]!, queueIds[(a + 1) % queueIds.length]!])],
      })),
    };
  });
  return ContactCenterSchema.parse({ version: 1, tenants });
}
