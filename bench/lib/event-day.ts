import type { AnalyticsEvent } from '../../src/analytics';

/** A day of contact-center traffic as the event log would hold it, deterministic for a seed. */
export interface EventDay {
  events: AnalyticsEvent[];
  queueIds: string[];
  agentIds: string[];
  from: number;
  calls: number;
}

/** A small deterministic PRNG (mulberry32), so every run measures the same log. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * About `target` events spread over today (from `from`, 24 h): calls arrive, queue, and either are offered,
 * connected and ended with the agent going reserved -> busy -> wrapUp -> available, or abandon (some short).
 * Events are in time order, like the log's `seq`.
 */
export function eventDay(options: {
  target: number;
  queues: number;
  agents: number;
  from: number;
}): EventDay {
  const random = seeded(42);
  const queueIds = Array.from({ length: options.queues }, (_, i) => `queue-${i}`);
  const agentIds = Array.from({ length: options.agents }, (_, i) => `agent-${i}`);
  const raw: (AnalyticsEvent & { order: number })[] = [];
  let order = 0;
  const push = (event: AnalyticsEvent) => raw.push({ ...event, order: order++ });
  const dayMs = 24 * 3600_000;
  let calls = 0;
  while (raw.length < options.target) {
    const id = `call-${calls++}`;
    const queueId = queueIds[Math.floor(random() * queueIds.length)]!;
    const arrived = options.from + Math.floor(random() * (dayMs - 3600_000));
    const queuedAt = arrived + 8_000;
    push({
      interactionId: id,
      agentId: null,
      name: 'arrived',
      at: arrived,
      data: { caller: '+1', dialled: '+2', flowId: 'main' },
    });
    push({
      interactionId: id,
      agentId: null,
      name: 'queued',
      at: queuedAt,
      data: { queueId, priority: 3, serviceLevelSeconds: 20 },
    });
    const waitedMs = Math.floor(random() * 60_000);
    if (random() < 0.1) {
      const left = random() < 0.3 ? 2_000 : waitedMs;
      push({
        interactionId: id,
        agentId: null,
        name: 'abandoned',
        at: queuedAt + left,
        data: { queueId, waitedMs: left },
      });
      push({
        interactionId: id,
        agentId: null,
        name: 'ended',
        at: queuedAt + left,
        data: { reason: 'abandoned' },
      });
      continue;
    }
    const agentId = agentIds[Math.floor(random() * agentIds.length)]!;
    const offered = queuedAt + waitedMs;
    const connected = offered + 5_000;
    const ended = connected + 60_000 + Math.floor(random() * 300_000);
    const state = (at: number, status: string, previous: string) =>
      push({
        interactionId: null,
        agentId,
        name: 'agentState',
        at,
        data: { status, reason: null, previous },
      });
    state(offered, 'reserved', 'available');
    push({ interactionId: id, agentId, name: 'offered', at: offered, data: { queueId, agentId, waitedMs } });
    push({
      interactionId: id,
      agentId,
      name: 'connected',
      at: connected,
      data: { queueId, agentId, waitedMs: waitedMs + 5_000 },
    });
    state(connected, 'busy', 'reserved');
    push({
      interactionId: id,
      agentId,
      name: 'ended',
      at: ended,
      data: { reason: 'handled', agentId, talkMs: ended - connected },
    });
    state(ended, 'wrapUp', 'busy');
    state(ended + 30_000, 'available', 'wrapUp');
  }
  raw.sort((a, b) => a.at - b.at || a.order - b.order);
  const events = raw.map(({ order: _order, ...event }) => event);
  return { events, queueIds, agentIds, from: options.from, calls };
}
