/**
 * Issue 4: one routing decision with 10,000 agents and 1,000 waiting calls, on PGlite and PostgreSQL (goal:
 * p99 under 5 ms). "Decision" is the matcher's transaction (lock the head of a queue, read its ready agents as
 * the router does, pick one); "offer" is the whole offer the router commits (the decision, the agent reserved, the call's
 * transition, its events and Graph commands). Baseline: an empty transaction on the same store.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createCallProcessor } from '../src/calls';
import { createContactCenterDirectory } from '../src/config';
import type { Interaction } from '../src/domain/interaction';
import { createRouter, pickAgent, readyOptions } from '../src/routing';
import type { Store } from '../src/store';
import { onEachStore } from './lib/bench-stores';
import { bigCenter } from './lib/big-center';
import { fmt, printTable, ratio, summarize, verdict } from './lib/stats';

const agentCount = 10_000;
const waitingCount = 1_000;
const queueCount = 10;
const samples = 300;

const center = bigCenter({ tenants: 1, queues: queueCount, agents: agentCount });
const tenant = center.tenants[0]!;
const directory = createContactCenterDirectory(center);

async function seed(store: Store): Promise<void> {
  const now = Date.now();
  for (let i = 0; i < tenant.agents.length; i += 1000) {
    const configured = tenant.agents
      .slice(i, i + 1000)
      .map((a) => ({ id: a.id, status: 'available' as const, signedInQueues: a.queues }));
    await store.agents.upsertConfigured(tenant.id, configured, now);
    const readings = tenant.agents
      .slice(i, i + 1000)
      .map((a) => ({ id: a.id, availability: 'Available', activity: 'Available' }));
    await store.agents.setPresence(tenant.id, readings, now);
  }
  await store.transaction(async (tx) => {
    for (let i = 0; i < waitingCount; i++) {
      const queueId = `q${i % queueCount}`;
      const interaction: Interaction = {
        id: randomUUID(),
        tenantId: tenant.id,
        channel: 'voice',
        callId: randomUUID(),
        caller: '+14255550123',
        dialled: tenant.numbers[0]!.phoneNumber,
        flowId: 'main',
        ivrPath: [],
        state: { kind: 'queued', queueId, priority: 3, rank: now - 60_000 + i, enqueuedAt: now - 60_000 + i },
        media: { seq: 0, playing: undefined },
        arrivedAt: now - 70_000,
        version: 1,
      };
      await tx.interactions.insert(interaction);
    }
  });
}

async function measure(name: string, store: Store): Promise<string[][]> {
  await seed(store);
  const processor = createCallProcessor({
    store,
    directory,
    newId: randomUUID,
    keepAliveMs: 600_000,
    playSeconds: () => 0,
    committed: () => undefined,
  });
  const router = createRouter({ store, directory, processor, now: Date.now });
  const time = async (work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  const queueOf = (i: number) => `q${i % queueCount}`;
  const empty: number[] = [];
  const decision: number[] = [];
  const offer: number[] = [];
  // Warm-up: plans cached, JIT warm.
  for (let i = 0; i < 20; i++) await store.transaction((tx) => tx.claimMatch(tenant.id, queueOf(i)));
  for (let i = 0; i < samples; i++) {
    empty.push(await time(() => store.transaction((tx) => tx.db.execute(sql`select 1`))));
    decision.push(
      await time(() =>
        store.transaction(async (tx) => {
          const queue = directory.queue(tenant.id, queueOf(i))!;
          // Read the way the router reads: a page of the queue's ready agents, in its method's order.
          const claim = await tx.claimMatch(tenant.id, queue.id, {
            ...readyOptions(queue, []),
            interactions: 1,
          });
          const candidates = claim.agents.map((state) => ({
            config: directory.agent(state.id)!.agent,
            state,
          }));
          return pickAgent(queue, candidates);
        }),
      ),
    );
  }
  let made = 0;
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    if (await router.offerNext(tenant.id, queueOf(i))) made++;
    offer.push(performance.now() - start);
  }
  if (made !== samples) throw new Error(`${name}: ${samples} offers expected, ${made} made`);
  const floor = summarize(empty);
  const row = (label: string, s: ReturnType<typeof summarize>, goal?: number) => [
    `${name}: ${label}`,
    fmt(s.p50, ' ms'),
    fmt(s.p99, ' ms'),
    fmt(floor.p50, ' ms'),
    ratio(s.p50, floor.p50),
    goal === undefined ? '' : `< ${goal} ms`,
    goal === undefined ? '' : verdict(s.p99, goal),
  ];
  return [row('routing decision', summarize(decision), 5), row('whole offer (committed)', summarize(offer))];
}

async function main(): Promise<void> {
  process.stdout.write(
    `${agentCount.toLocaleString('en')} agents (all available, 2 queues each), ${waitingCount.toLocaleString('en')} waiting calls in ${queueCount} queues, ${samples} samples each\n`,
  );
  const rows = await onEachStore('routing', measure);
  printTable(['figure', 'p50', 'p99', 'empty tx p50', 'ratio', 'goal', ''], rows);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
