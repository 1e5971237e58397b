import { Writable } from 'node:stream';
import pino from 'pino';
import type { NotificationFact } from '../../../bot/calling';
import { parseNotifications } from '../../../bot/calling/parse-notifications';
import { toCallEvents } from '../../../bot/calling/to-call-events';

export const tenantId = '11111111-1111-4111-8111-111111111111';
export const at = Date.UTC(2026, 10, 24, 10, 0, 0);
export const callId = '57dab8b1-894c-409a-b240-bd8beae78896';

/** A commsNotifications envelope around the given notifications. */
export function envelope(...value: unknown[]): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.commsNotifications', value };
}

/** One notification about the call itself. */
export function onCall(
  changeType: string,
  resourceData?: Record<string, unknown>,
  id = callId,
): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.commsNotification',
    changeType,
    resourceUrl: `/communications/calls/${id}`,
    ...(resourceData ? { resourceData: { '@odata.type': '#microsoft.graph.call', ...resourceData } } : {}),
  };
}

/** One notification about an operation of the call. */
export function onOperation(
  changeType: string,
  type: string,
  data: Record<string, unknown>,
  opId = 'op-1',
): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.commsNotification',
    changeType,
    resourceUrl: `/communications/calls/${callId}/operations/${opId}`,
    resourceData: { '@odata.type': `#microsoft.graph.${type}`, ...data },
  };
}

/** Parses a body and translates it, as the webhook does; throws when the body is not Graph notifications. */
export function translate(body: unknown, chainId?: string): NotificationFact[] {
  const parsed = parseNotifications(body);
  if (parsed.kind !== 'graph') throw new Error(`expected Graph notifications, got ${JSON.stringify(parsed)}`);
  return toCallEvents(parsed.notifications, { tenantId, at, chainId });
}

/** The facts for `body`, which must translate to exactly one. */
export function only(body: unknown): NotificationFact {
  const facts = translate(body);
  if (facts.length !== 1) throw new Error(`expected one fact, got ${JSON.stringify(facts)}`);
  return facts[0]!;
}

/** A pino logger writing JSON lines to memory, at debug level. */
export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}
