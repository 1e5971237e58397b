import { count, ne } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Store } from '../../src/store';
import { interactions } from '../../src/store';

/** The server's Prometheus metrics: calls now, acknowledgement latency, Graph latency and errors. */
export function createMetrics(store: Store) {
  const registry = new Registry();
  const ackSeconds = new Histogram({
    name: 'switchboard_notification_ack_seconds',
    help: 'Time from receiving a calling notification to answering it',
    labelNames: ['status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  const graphSeconds = new Histogram({
    name: 'switchboard_graph_request_seconds',
    help: 'Microsoft Graph request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const graphErrors = new Counter({
    name: 'switchboard_graph_errors_total',
    help: 'Microsoft Graph requests that failed (status 4xx/5xx or no answer)',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  new Gauge({
    name: 'switchboard_interactions',
    help: 'Interactions by state: active calls, and those queued',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const rows = await store.db
        .select({ state: interactions.stateKind, n: count() })
        .from(interactions)
        .where(ne(interactions.stateKind, 'ended'))
        .groupBy(interactions.stateKind);
      this.reset();
      for (const row of rows) this.set({ state: row.state }, row.n);
    },
  });
  return {
    registry,
    ack(ms: number, status: number) {
      ackSeconds.observe({ status: String(status) }, ms / 1000);
    },
    /** One Graph attempt; status 0 means no answer (timeout, network). */
    graph(request: { method: string; route: string; status: number; ms: number }) {
      const labels = {
        method: request.method,
        route: request.route,
        status: request.status ? String(request.status) : 'none',
      };
      graphSeconds.observe(labels, request.ms / 1000);
      if (request.status === 0 || request.status >= 400) graphErrors.inc(labels);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
