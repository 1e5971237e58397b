import type { Logger } from 'pino';
import type { CallFact, NotificationFact } from './call-fact';
import { createDispatchQueue } from './dispatch-queue';
import { legOf, toLegFact } from './leg-route';
import type { AuthenticateNotification } from './notification-auth';
import { parseNotifications } from './parse-notifications';
import { toCallEvents } from './to-call-events';

/** A calling notification POST, framework-free. Header names in any case. */
export interface CallingRequest {
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (undefined when empty). */
  body: unknown;
  /** Set by the adapter when the body could not be read as JSON: answered 400 once the caller is authenticated. */
  bodyError?: string;
  /** The query string's parameters: an outbound call's callbackUri names its interaction and leg there. */
  query?: Record<string, unknown>;
}

/** What to answer. */
export interface CallingResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What the webhook is built from. */
export interface CallingWebhookDeps {
  authenticate: AuthenticateNotification;
  /** Processes the facts of one POST, in order. Runs in the background: the 202 never waits for it. */
  dispatch: (facts: CallFact[]) => Promise<void> | void;
  logger: Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
  /** Wall-clock ms: the facts' `at` and the ack latency. */
  now: () => number;
  /**
   * Keeps the facts of a POST durable before the 202 and forgets them once processed, so facts acknowledged
   * by an instance that dies before processing them are processed by another (see `bot/workers/inbox`).
   */
  inbox?: {
    keep(tenantId: string, facts: CallFact[]): Promise<number>;
    done(id: number): Promise<void>;
  };
  /**
   * Most POSTs processed at once (unbounded unless given); new calls go first. Bounding it keeps store
   * connections free for the inbox and the event loop free to acknowledge.
   */
  concurrency?: number;
  /** Told how long each answer took, from receipt to response, with its status (for `/metrics`). */
  onAck?: (ms: number, status: number) => void;
}

/** The webhook handler, plus a way to wait for the background work it started (for shutdown and tests). */
export interface CallingWebhook {
  (req: CallingRequest): Promise<CallingResponse>;
  /** Resolves when every dispatch started so far has finished (failures are logged, not thrown). */
  idle(): Promise<void>;
}

/**
 * The calling webhook (`POST /api/calling`): authenticate, parse, answer 202 at once, and hand the facts to
 * `dispatch` in the background — Graph drops a call whose notification isn't acknowledged within ~5 s.
 * Refused tokens get 401/403 (503 when the keys can't be fetched), the legacy Skype format 204, a malformed
 * body 400 naming what is wrong; in none of those cases is anything dispatched.
 * @example
 * const webhook = createCallingWebhook({ authenticate, dispatch: (facts) => calls.process(facts), logger, now: Date.now });
 * app.use(expressCalling(webhook));
 */
export function createCallingWebhook(deps: CallingWebhookDeps): CallingWebhook {
  const { logger } = deps;
  const running = new Set<Promise<void>>();

  const queue = createDispatchQueue(deps.concurrency ?? Number.POSITIVE_INFINITY);
  const startDispatch = (facts: CallFact[], kept: number | undefined) => {
    // The queue starts each job after a setImmediate: it runs after the 202 is written.
    const run = queue
      .push(
        async () => {
          await deps.dispatch(facts);
          if (kept !== undefined) await deps.inbox?.done(kept);
        },
        facts.some((fact) => fact.kind === 'incoming'),
        // One call's POSTs in Graph's order; a POST about several calls is rare and keeps no order.
        new Set(facts.map((fact) => fact.callId)).size === 1 ? facts[0]!.callId : undefined,
      )
      .catch((err: unknown) => {
        logger.error(
          { err, tenantId: facts[0]?.tenantId, callIds: facts.map((f) => f.callId) },
          'calling notification processing failed',
        );
      })
      .finally(() => running.delete(run));
    running.add(run);
  };

  const respond = async (req: CallingRequest, receivedAt: number): Promise<CallingResponse> => {
    const auth = await deps.authenticate(header(req.headers, 'authorization'));
    if (!auth.ok) {
      logger.warn({ status: auth.status, reason: auth.reason }, 'calling notification refused');
      return refused(auth.status, auth.reason);
    }
    const { tenantId } = auth;
    if (req.bodyError !== undefined) return invalid(tenantId, req.bodyError);
    const parsed = parseNotifications(req.body);
    if (parsed.kind === 'legacy') {
      logger.info({ tenantId }, 'legacy (non-Graph) calling notification answered 204');
      return { status: 204 };
    }
    if (parsed.kind === 'malformed') return invalid(tenantId, parsed.message);
    const leg = legOf(req.query);
    if (leg.kind === 'invalid') return invalid(tenantId, leg.message);
    const chainId = header(req.headers, 'x-microsoft-skype-chain-id');
    const translated = toCallEvents(parsed.notifications, { tenantId, at: receivedAt, chainId });
    const facts = leg.kind === 'leg' ? translated.map((fact) => toLegFact(fact, leg)) : translated;
    const actionable = facts.filter(isCallFact);
    for (const fact of facts) {
      if (fact.kind === 'ignored')
        logger.debug({ tenantId, callId: fact.callId, reason: fact.reason }, 'calling notification ignored');
    }
    if (actionable.length > 0) startDispatch(actionable, await keep(tenantId, actionable));
    return { status: 202 };
  };

  /** The inbox row of the facts; undefined (processed anyway, not durably) when the store refuses. */
  const keep = async (tenantId: string, facts: CallFact[]): Promise<number | undefined> => {
    if (!deps.inbox) return undefined;
    try {
      return await deps.inbox.keep(tenantId, facts);
    } catch (err) {
      logger.error({ err, tenantId }, 'calling notification not kept in the inbox; processing it anyway');
      return undefined;
    }
  };

  const invalid = (tenantId: string, message: string): CallingResponse => {
    logger.warn({ tenantId, problem: message }, 'malformed calling notification');
    return { status: 400, body: { error: { code: 'invalidNotification', message } } };
  };

  const handle = async (req: CallingRequest): Promise<CallingResponse> => {
    const receivedAt = deps.now();
    let response: CallingResponse;
    try {
      response = await respond(req, receivedAt);
    } catch (err) {
      logger.error({ err }, 'calling webhook failed');
      response = {
        status: 500,
        body: { error: { code: 'internalError', message: 'the notification could not be handled' } },
      };
    }
    deps.onAck?.(deps.now() - receivedAt, response.status);
    return response;
  };

  return Object.assign(handle, {
    idle: async () => {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  });
}

function refused(status: 401 | 403 | 503, reason: string): CallingResponse {
  const headers: Record<string, string> =
    status === 401
      ? { 'www-authenticate': 'Bearer' }
      : status === 403
        ? { 'www-authenticate': 'Bearer error="invalid_token"' }
        : { 'retry-after': '5' };
  const code = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'keysUnavailable';
  return { status, headers, body: { error: { code, message: `calling notification refused: ${reason}` } } };
}

function isCallFact(fact: NotificationFact): fact is CallFact {
  return fact.kind !== 'ignored';
}

function header(headers: CallingRequest['headers'], name: string): string | undefined {
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found[0] : found;
}
