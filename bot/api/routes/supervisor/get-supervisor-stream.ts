import type { StreamSink } from '../../api-http';
import { route } from '../../api-route';
import { SSE_HEADERS, sseComment, sseMessage, sseRetry } from '../../realtime/sse';
import { StreamQuerySchema } from '../../schemas/stream.schema';
import { SupervisorSnapshotSchema } from '../../schemas/supervisor-stream.schema';
import { agentGrid } from '../../supervisor/agent-grid';
import { queueTiles } from '../../supervisor/queue-tiles';
import { iso } from '../../views/interaction-view';
import { errorAnswers } from '../answers';

/** Events arriving closer together than this are pushed as one snapshot. */
const BATCH_MS = 100;

/**
 * `GET /supervisor/stream`: the floor, live, as server-sent events. Each `snapshot` message carries every
 * queue's tile and the agent grid; one is sent on connect and another within about 100 ms of any event of
 * the tenant (calls queued, answered, abandoned, agents changing state), from the tenant's figures kept in
 * memory and updated O(1) per event. `id:` is the last event-log seq included. The token may come as `access_token`.
 */
export const getSupervisorStream = route({
  method: 'GET',
  path: '/supervisor/stream',
  operationId: 'supervisorStream',
  summary: 'Queue tiles and the agent grid, pushed as they change (server-sent events)',
  roles: ['Supervisor'],
  query: StreamQuerySchema,
  tokenInQuery: true,
  answers: {
    200: {
      description: 'A text/event-stream of snapshot messages.',
      contentType: 'text/event-stream',
      events: SupervisorSnapshotSchema,
    },
    ...errorAnswers(400, 401, 403),
  },
  async handle({ caller }, deps) {
    const { tenant } = caller;
    const today = await deps.today.read(tenant, deps.now());
    return {
      status: 200,
      headers: SSE_HEADERS,
      async open(sink: StreamSink) {
        let closed = false;
        let pending: NodeJS.Timeout | undefined;
        const push = async () => {
          pending = undefined;
          const now = deps.now();
          const states = await deps.store.agents.list(tenant.id);
          if (closed) return;
          sink.write(
            sseMessage(today.lastSeq, 'snapshot', {
              asOf: iso(now),
              queues: queueTiles(today.live, states, tenant, now),
              agents: agentGrid(today.live, states, tenant, now),
            }),
          );
        };
        // The figures count each event before this follower hears of it (it follows first).
        const schedule = () => {
          pending ??= setTimeout(() => {
            push().catch((err: unknown) =>
              deps.logger.error({ err, tenantId: tenant.id }, 'supervisor snapshot failed'),
            );
          }, BATCH_MS);
        };
        sink.write(sseRetry(1000));
        const stop = await deps.events.follow(tenant.id, undefined, schedule);
        await push();
        sink.write(sseComment('live'));
        const heartbeat = setInterval(() => sink.write(sseComment('ping')), deps.heartbeatMs ?? 15_000);
        heartbeat.unref();
        return () => {
          closed = true;
          clearInterval(heartbeat);
          if (pending) clearTimeout(pending);
          stop();
        };
      },
    };
  },
});
