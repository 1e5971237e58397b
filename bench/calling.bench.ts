/**
 * Issue 4's calling figures, in one run: notification ack latency and throughput with N calls in flight
 * through the simulator, beside a bare Express endpoint that only answers 202 (the floor); answer latency
 * (incoming notification received -> answer request sent); memory per held call; the most concurrent calls
 * (across 100 tenants) one instance holds without missing a 5 s acknowledgement or a 15 s answer.
 *
 * Every party is its own process: the simulator, the server (or the floor), and this one, which plays
 * the front door in front of the server (timing each notification from the request's arrival to the
 * answer) and in front of the simulator's Graph (seeing when the answer request is sent).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tests/integration/contact-center/harness';
import { type Exchange, startFrontDoor } from '../tests/integration/scale-out/front-door';
import { dropSchema, freshSchema, postgresAnswers, postgresUrl } from './lib/bench-stores';
import { bigCenter, numberOf } from './lib/big-center';
import { type Child, startChild } from './lib/child';
import { fmt, printTable, ratio, summarize, verdict } from './lib/stats';

const inFlight = Number(process.env.BENCH_CALLS ?? 200);
const capacityGoal = 10_000;
const capacityBudgetMs = Number(process.env.BENCH_CAPACITY_MS ?? 120_000);
const botId = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const simulatorScript = join(__dirname, 'lib', 'simulator-main.ts');
const serverScript = join(__dirname, '..', 'tests', 'integration', 'scale-out', 'instance-main.ts');
const floorScript = join(__dirname, 'lib', 'floor-main.ts');

interface Run {
  acks: Exchange[];
  /** callId -> when its incoming notification arrived, and when its answer request was sent. */
  incoming: Map<string, number>;
  answered: Map<string, number>;
}

function callIdOf(exchange: { path: string; body: Buffer }): string | undefined {
  try {
    const body = JSON.parse(exchange.body.toString('utf8'));
    const first = body.value?.[0];
    if (first?.changeType !== 'created') return undefined;
    return /calls\/([^/]+)$/.exec(first.resourceUrl ?? '')?.[1];
  } catch {
    return undefined;
  }
}

async function control(simulatorUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${simulatorUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The simulator, a front door for the webhook and one for Graph, and the process behind them. */
async function scene(options: { tenants: number; backend: 'floor' | 'PGlite' | 'PostgreSQL' }) {
  const simulator = await startChild(simulatorScript, [
    JSON.stringify({ maxCallsPerApp: 1_000_000, answerDeadlineMs: 15_000, ackDeadlineMs: 5_000 }),
  ]);
  const run: Run = { acks: [], incoming: new Map(), answered: new Map() };
  const webhookDoor = await startFrontDoor({
    targets: [],
    onRequest: (_method, path, body, at) => {
      const callId = callIdOf({ path, body });
      if (callId) run.incoming.set(callId, at);
    },
    onExchange: (exchange) => {
      if (exchange.path.startsWith('/api/calling')) run.acks.push(exchange);
    },
  });
  const graphDoor = await startFrontDoor({
    targets: [simulator.url],
    onRequest: (method, path, _body, at) => {
      const answer = /^\/v1\.0\/communications\/calls\/([^/]+)\/answer$/.exec(path);
      if (method === 'POST' && answer) run.answered.set(answer[1]!, at);
    },
  });
  const center = bigCenter({ tenants: options.tenants, queues: 1, agents: 1, hold: true });
  const centerFile = join(tmpdir(), `switchboard-bench-${process.pid}-${options.tenants}.json`);
  writeFileSync(centerFile, JSON.stringify(center));
  const port = await freePort();
  let backend: Child;
  let schema: string | undefined;
  if (options.backend === 'floor') {
    backend = await startChild(floorScript, [String(port)]);
    // The floor is a bot the simulator knows: an app whose webhook is the front door, and its numbers.
    await control(simulator.url, 'POST', '/_sim/apps', {
      appId: botId,
      appSecret: 'bench-secret',
      callbackUri: `${webhookDoor.url}/api/calling`,
    });
    for (const tenant of center.tenants) {
      await control(simulator.url, 'POST', '/_sim/tenants', {
        tenantId: tenant.id,
        displayName: tenant.name,
      });
      const number = tenant.numbers[0]!;
      await control(simulator.url, 'POST', '/_sim/resourceAccounts', {
        id: number.applicationInstanceId,
        tenantId: tenant.id,
        appId: botId,
        phoneNumber: number.phoneNumber,
        displayName: tenant.name,
      });
    }
  } else {
    schema = options.backend === 'PostgreSQL' ? freshSchema('calling') : undefined;
    backend = await startChild(serverScript, [], {
      PORT: String(port),
      SIMULATOR_URL: simulator.url,
      GRAPH_BASE_URL: `${graphDoor.url}/v1.0`,
      BOT_ID: botId,
      BOT_PASSWORD: 'bench-secret',
      BOT_ENDPOINT: webhookDoor.url,
      CONTACT_CENTER_CONFIG: centerFile,
      LOG_LEVEL: 'silent',
      NODE_OPTIONS: '',
      ...(schema ? { DATABASE_URL: postgresUrl, SCALE_OUT_SCHEMA: schema } : { DATABASE_URL: '' }),
    });
  }
  webhookDoor.setTargets([`http://127.0.0.1:${port}`]);
  return {
    run,
    simulator,
    backend,
    center,
    dial: (tenant: number, i: number) =>
      control(simulator.url, 'POST', '/_sim/pstn/calls', {
        from: `+1425700${String(i % 10_000).padStart(4, '0')}`,
        to: numberOf(tenant),
      }),
    close: async () => {
      await backend.stop();
      await webhookDoor.close();
      await graphDoor.close();
      await simulator.stop();
      if (schema) await dropSchema(schema);
    },
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** N calls dialled at once; every notification's ack timed, every answer timed; memory before and after. */
async function burst(backend: 'floor' | 'PGlite' | 'PostgreSQL') {
  const s = await scene({ tenants: 1, backend });
  try {
    await settle(1500);
    const rssBefore = s.backend.rss();
    const start = performance.now();
    await Promise.all(Array.from({ length: inFlight }, (_, i) => s.dial(0, i)));
    // Until every call is answered (or, for the floor, every incoming acknowledged), then a little more.
    const deadline = Date.now() + 60_000;
    const done = () =>
      backend === 'floor' ? s.run.acks.length >= inFlight : s.run.answered.size >= inFlight;
    while (!done() && Date.now() < deadline) await settle(100);
    await settle(backend === 'floor' ? 200 : 3000);
    const rssHeld = s.backend.rss();
    const acks = s.run.acks.filter((a) => a.receivedAt >= start);
    const latencies = acks.map((a) => a.answeredAt - a.receivedAt);
    const spanS =
      (Math.max(...acks.map((a) => a.answeredAt)) - Math.min(...acks.map((a) => a.receivedAt))) / 1000;
    const answers = [...s.run.answered.entries()].flatMap(([callId, at]) => {
      const received = s.run.incoming.get(callId);
      return received === undefined ? [] : [at - received];
    });
    return {
      ack: summarize(latencies),
      throughput: acks.length / spanS,
      notices: acks.length,
      failed: acks.filter((a) => a.status !== 202).length,
      answer: summarize(answers),
      answeredCalls: answers.length,
      bytesPerCall: (rssHeld - rssBefore) / inFlight,
    };
  } finally {
    await s.close();
  }
}

/** Calls across 100 tenants, dialled faster and faster until a 5 s ack or a 15 s answer is missed. */
async function capacity(backend: 'PGlite' | 'PostgreSQL') {
  const s = await scene({ tenants: 100, backend });
  try {
    await settle(1500);
    const started = Date.now();
    let dialled = 0;
    let perSecond = 20;
    let miss: string | undefined;
    let heldAtMiss = 0;
    while (!miss && dialled < capacityGoal && Date.now() - started < capacityBudgetMs) {
      const second = Date.now();
      await Promise.all(
        Array.from({ length: perSecond }, () => {
          const i = dialled++;
          return s.dial(i % 100, i);
        }),
      );
      perSecond = Math.min(200, perSecond + 10);
      const slowAck = s.run.acks.find((a) => a.answeredAt - a.receivedAt > 5_000 || a.status >= 300);
      const now = performance.now();
      const lateAnswer = [...s.run.incoming.entries()].find(([callId, at]) => {
        const answered = s.run.answered.get(callId);
        return answered === undefined ? now - at > 15_000 : answered - at > 15_000;
      });
      if (slowAck) miss = `an acknowledgement took ${fmt(slowAck.answeredAt - slowAck.receivedAt, ' ms')}`;
      else if (lateAnswer) miss = 'a call was not answered within 15 s';
      heldAtMiss = s.run.answered.size;
      await settle(Math.max(0, 1000 - (Date.now() - second)));
    }
    return {
      held: miss ? heldAtMiss : s.run.answered.size,
      dialled,
      stoppedBy:
        miss ??
        (dialled >= capacityGoal ? 'the goal was reached' : `the ${capacityBudgetMs / 1000} s budget`),
      rss: s.backend.rss(),
    };
  } finally {
    await s.close();
  }
}

async function main(): Promise<void> {
  const backends: ('PGlite' | 'PostgreSQL')[] = ['PGlite'];
  if (await postgresAnswers()) backends.push('PostgreSQL');
  else process.stdout.write(`PostgreSQL: none answers at ${postgresUrl}; its rows are not measured\n`);
  process.stdout.write(
    `${inFlight} calls dialled at once per run; callers wait in a queue no agent serves\n`,
  );
  const floor = await burst('floor');
  const rows: string[][] = [
    [
      'floor (bare 202): ack',
      fmt(floor.ack.p50, ' ms'),
      fmt(floor.ack.p99, ' ms'),
      '1.0x',
      '',
      `${fmt(floor.throughput)}/s`,
      '',
    ],
  ];
  const memory: string[][] = [];
  for (const backend of backends) {
    const r = await burst(backend);
    rows.push(
      [
        `${backend}: ack`,
        fmt(r.ack.p50, ' ms'),
        fmt(r.ack.p99, ' ms'),
        ratio(r.ack.p50, floor.ack.p50),
        '< 10 ms',
        `${fmt(r.throughput)}/s`,
        verdict(r.ack.p99, 10),
      ],
      [
        `${backend}: answer`,
        fmt(r.answer.p50, ' ms'),
        fmt(r.answer.p99, ' ms'),
        '',
        '< 50 ms',
        `${r.answeredCalls} calls`,
        verdict(r.answer.p99, 50),
      ],
    );
    memory.push([
      backend,
      `${fmt(r.bytesPerCall / 1024, ' KiB')}`,
      `${r.notices} notifications, ${r.failed} not 202`,
    ]);
  }
  printTable(['figure', 'p50', 'p99', 'ratio p50', 'goal', 'throughput', ''], rows);
  process.stdout.write('\n');
  printTable(['memory per held call (RSS)', 'per call', 'burst'], memory);
  process.stdout.write('\n');
  const held: string[][] = [];
  for (const backend of backends) {
    const c = await capacity(backend);
    held.push([
      backend,
      String(c.held),
      String(c.dialled),
      c.stoppedBy,
      `${fmt(c.rss / 2 ** 20, ' MiB')}`,
      verdict(capacityGoal - c.held, 1),
    ]);
  }
  printTable(
    ['most concurrent calls (100 tenants)', 'held', 'dialled', 'stopped by', 'RSS', `goal ${capacityGoal}`],
    held,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
