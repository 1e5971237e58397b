import type { z } from 'zod';
import type { EventRow } from '../../../src/store';
import { myAgent } from '../agent-state';
import type { ApiDeps } from '../api-deps';
import type { StreamSink } from '../api-http';
import { route } from '../api-route';
import { createAgentFeed } from '../realtime/agent-feed';
import { ReplayTooLongError } from '../realtime/event-tail';
import { SSE_HEADERS, sseComment, sseMessage, sseNotice, sseRetry } from '../realtime/sse';
import { StreamEventSchema, StreamHeadersSchema, StreamQuerySchema } from '../schemas/stream.schema';
import { eventView, summarise } from '../views/interaction-view';
import { errorAnswers } from './answers';

/** How far back offers are looked up, so a resumed stream still follows the interactions they began. */
const FOLLOW_OFFERS_FOR_MS = 24 * 3600_000;

/**
 * `GET /stream`: the agent's realtime feed as server-sent events. Each message is one event-log entry with
 * `id:` its `seq` and `event:` its name: `offered` (a call rings for them, with who is calling),
 * `agentState`, `agentQueues`, and what happens to interactions offered to them (`connected`, `ended`,
 * `abandoned`, `missed`, `noteAdded`, `wrappedUp`). A reconnect with `Last-Event-ID` (or `?lastEventId=`)
 * gets every such event after that id first. A reconnect too far behind gets `reset` (reload, then follow).
 * EventSource cannot send headers, so this route alone also takes the token as `?access_token=`.
 */
export const getStream = route({
  method: 'GET',
  path: '/stream',
  operationId: 'stream',
  summary: 'The agent’s offers, state changes and interactions, live (server-sent events)',
  description:
    'Authenticate with the Authorization header, or, for EventSource, with `access_token` in the query (this route only). ' +
    'Each message: `id` = event-log seq, `event` = event name, `data` = a StreamEvent. Resume with `Last-Event-ID` or `lastEventId`.',
  roles: ['Agent'],
  query: StreamQuerySchema,
  headers: StreamHeadersSchema,
  tokenInQuery: true,
  answers: {
    200: {
      description: 'A text/event-stream of StreamEvent messages.',
      contentType: 'text/event-stream',
      events: StreamEventSchema,
    },
    ...errorAnswers(400, 401, 403, 404),
  },
  async handle({ caller, query, headers }, deps) {
    const { agent, state } = await myAgent(caller, deps);
    const tenantId = caller.tenant.id;
    const resumeAt = headers['last-event-id'] ?? query.lastEventId;
    const resumeFrom = resumeAt === undefined ? undefined : Number(resumeAt);
    const offered = await deps.store.history.offeredTo(tenantId, agent.id, deps.now() - FOLLOW_OFFERS_FOR_MS);
    const feed = createAgentFeed(agent.id, [
      ...offered.map((o) => o.interactionId),
      ...(state.interactionId ? [state.interactionId] : []),
    ]);
    return {
      status: 200,
      headers: SSE_HEADERS,
      async open(sink: StreamSink) {
        let chain = Promise.resolve();
        let closed = false;
        const deliver = (event: EventRow) => {
          if (!feed.accepts(event)) return;
          chain = chain.then(async () => {
            let message: z.infer<typeof StreamEventSchema> = eventView(event);
            try {
              message = await render(event, tenantId, deps);
            } catch (err) {
              // Sent without the interaction rather than not at all: a gap would break Last-Event-ID.
              deps.logger.error({ err, tenantId, seq: event.seq }, 'enriching a stream event failed');
            }
            if (!closed) sink.write(sseMessage(event.seq, event.name, message));
          });
        };
        sink.write(sseRetry(1000));
        let stop: () => void;
        try {
          stop = await deps.events.follow(tenantId, resumeFrom, deliver);
        } catch (error) {
          if (!(error instanceof ReplayTooLongError)) throw error;
          sink.write(sseNotice('reset', { reason: 'too far behind to replay; reload and follow from here' }));
          stop = await deps.events.follow(tenantId, undefined, deliver);
        }
        await chain;
        sink.write(sseComment('live'));
        const heartbeat = setInterval(() => sink.write(sseComment('ping')), deps.heartbeatMs ?? 15_000);
        heartbeat.unref();
        return () => {
          closed = true;
          clearInterval(heartbeat);
          stop();
        };
      },
    };
  },
});

/** The message of one event; an offer carries the interaction and the caller's contact (VIP) at once. */
async function render(
  event: EventRow,
  tenantId: string,
  deps: ApiDeps,
): Promise<z.infer<typeof StreamEventSchema>> {
  const view = eventView(event);
  if (event.name !== 'offered' || event.interactionId === null) return view;
  const interaction = await deps.store.interactions.get(tenantId, event.interactionId);
  if (!interaction) return view;
  const contact = interaction.caller ? await deps.contacts.lookup(tenantId, interaction.caller) : undefined;
  return {
    ...view,
    interaction: summarise(interaction, [event], { directory: deps.directory, now: deps.now() }),
    contact: contact ?? null,
  };
}
