/**
 * Issue 6: today's KPIs for 50 queues over 1,000,000 events (goal under 200 ms) as the server serves them,
 * from figures kept per tenant; what building those figures costs (once per tenant per start) and what each
 * event costs them; and a report folded from the log. Baseline: one plain pass over the same array.
 */
import {
  analyticsReport,
  applyEvent,
  createLiveState,
  liveQueues,
  queueKpis,
  todayWindow,
} from '../src/analytics';
import { eventDay } from './lib/event-day';
import { fmt, printTable, ratio, since, summarize, verdict } from './lib/stats';

const timeZone = 'Europe/London';
const now = Date.now();
const window = todayWindow(now, timeZone, 15);
const day = eventDay({ target: 1_000_000, queues: 50, agents: 500, from: window.from });
const queues = day.queueIds.map((id) => ({ id, serviceLevelSeconds: 20 }));
const agents = day.agentIds.map((id, i) => ({
  id,
  status: 'available' as const,
  queues: [day.queueIds[i % 50]!],
}));
process.stdout.write(
  `${day.events.length.toLocaleString('en')} events (${day.calls.toLocaleString('en')} calls), 50 queues, 500 agents\n`,
);

function timeIt(runs: number, work: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(since(start));
  }
  return samples;
}

// Warm up the JIT once, as a running server would be.
let sink = 0;
const floorPass = () => {
  for (const event of day.events) sink += event.at & 1;
};
floorPass();
const report = () => {
  const r = analyticsReport(day.events, { window: todayWindow(now, timeZone, 15), now, queues, agents });
  for (const row of r.queues) sink += queueKpis(row.total).serviceLevel ?? 0;
};
report();
const floor = summarize(timeIt(10, floorPass));
const kpis = summarize(timeIt(10, report));

// The server keeps today's figures per tenant (bot/api/supervisor/today-figures.ts): folded from the log on the
// tenant's first read after a start, then counted event by event. Time that fold whole, then each event.
const fold = () => {
  const live = createLiveState({ now, timeZone, size: 15, queues, agents });
  for (const event of day.events) applyEvent(live, event);
  return live;
};
const folds = summarize(timeIt(5, fold));
const live = createLiveState({ now, timeZone, size: 15, queues, agents });
const perEvent: number[] = [];
const chunk = 10_000;
for (let i = 0; i < day.events.length; i += chunk) {
  const start = performance.now();
  const end = Math.min(day.events.length, i + chunk);
  for (let j = i; j < end; j++) applyEvent(live, day.events[j]!);
  perEvent.push((since(start) * 1e6) / (end - i));
}
// What a request for today's KPIs computes from the kept figures: every queue's tile and its KPIs.
const served = summarize(
  timeIt(200, () => {
    for (const tile of liveQueues(live, now)) sink += tile.kpis.serviceLevel ?? 0;
  }),
);
const applied = summarize(perEvent);

printTable(
  ['figure', 'p50', 'p99', 'baseline p50', 'ratio', 'goal', ''],
  [
    [
      "today's KPIs, 50 queues, 1M events: served from kept figures",
      fmt(served.p50 * 1000, ' us'),
      fmt(served.p99 * 1000, ' us'),
      '',
      '',
      '< 200 ms',
      verdict(served.p99, 200),
    ],
    [
      "  the kept figures' first fold (a tenant's first read after a start)",
      fmt(folds.p50, ' ms'),
      fmt(folds.p99, ' ms'),
      fmt(floor.p50, ' ms'),
      ratio(folds.p50, floor.p50),
      '< 200 ms',
      verdict(folds.p99, 200),
    ],
    ['  then each event counted in', fmt(applied.p50, ' ns'), fmt(applied.p99, ' ns'), '', '', '', ''],
    [
      "a day's report (analyticsReport: past days, ranges), 1M events",
      fmt(kpis.p50, ' ms'),
      fmt(kpis.p99, ' ms'),
      fmt(floor.p50, ' ms'),
      ratio(kpis.p50, floor.p50),
      '',
      '',
    ],
  ],
);
process.stdout.write(
  `(served: ${served.count} reads; fold: ${folds.count} runs; report: ${kpis.count} runs; per event: mean of ${perEvent.length} chunks of ${chunk}; baseline: one plain pass over the events) ${sink > 0 ? '' : ' '}\n`,
);
