import type { z } from 'zod';
import {
  CallResource,
  type ChangeType,
  CommsNotification,
  CommsNotifications,
  OperationResource,
} from './notification-schema';
import { describeIssues } from './notification-schema.lenient';
import { parseResourcePath } from './resource-path';

/** One notification, read and classified by what its resource path points at. */
export type ParsedNotification =
  | { kind: 'call'; changeType: ChangeType; callId: string; call: CallResource }
  | {
      kind: 'operation';
      changeType: ChangeType;
      callId: string;
      operationId: string;
      operation: OperationResource;
    }
  | { kind: 'participants'; changeType: ChangeType; callId: string }
  | { kind: 'callOther'; changeType: ChangeType; callId: string; rest: string }
  | { kind: 'other'; changeType: ChangeType; path: string };

/**
 * What a webhook body is: Graph notifications; the legacy Skype format (anything whose `@odata.type` is not
 * `#microsoft.graph.commsNotifications`, which Graph asks the bot to answer with 204); or malformed, with a
 * message naming every problem by its path (`value[0].changeType: expected one of …`).
 */
export type NotificationParse =
  | { kind: 'graph'; notifications: ParsedNotification[] }
  | { kind: 'legacy' }
  | { kind: 'malformed'; message: string };

type Step<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const ENVELOPE_TYPE = 'microsoft.graph.commsnotifications';

/**
 * Reads a webhook body. All or nothing: one malformed notification makes the whole body malformed, so
 * nothing of it is acted on.
 * @example
 * const parsed = parseNotifications(JSON.parse(text));
 * if (parsed.kind === 'graph') for (const n of parsed.notifications) console.log(n.kind, n.changeType);
 */
export function parseNotifications(body: unknown): NotificationParse {
  if (!isRecord(body)) return { kind: 'malformed', message: '(body): expected a JSON object' };
  if (!isGraphEnvelope(body)) return { kind: 'legacy' };
  const envelope = CommsNotifications.safeParse(body);
  if (!envelope.success) return { kind: 'malformed', message: describeIssues(envelope.error.issues) };
  const notifications: ParsedNotification[] = [];
  const problems: string[] = [];
  envelope.data.value.forEach((item, i) => {
    const step = parseOne(item, ['value', i]);
    if (step.ok) notifications.push(step.value);
    else problems.push(...step.problems);
  });
  return problems.length > 0
    ? { kind: 'malformed', message: problems.join('; ') }
    : { kind: 'graph', notifications };
}

function parseOne(item: unknown, at: PropertyKey[]): Step<ParsedNotification> {
  const read = CommsNotification.safeParse(item);
  if (!read.success) return { ok: false, problems: [describeIssues(read.error.issues, at)] };
  const { changeType, resourceUrl, resource, resourceData } = read.data;
  const path = resourceUrl ?? resource;
  if (path === undefined || path === null) {
    return {
      ok: false,
      problems: [describeIssues([issue('required (or the legacy resource)', ['resourceUrl'])], at)],
    };
  }
  const target = parseResourcePath(path);
  const dataAt = [...at, 'resourceData'];
  switch (target.kind) {
    case 'call': {
      const call = entity(CallResource, resourceData, dataAt, 'a call');
      return call.ok
        ? { ok: true, value: { kind: 'call', changeType, callId: target.callId, call: call.value } }
        : call;
    }
    case 'operation': {
      const operation = entity(OperationResource, resourceData, dataAt, 'an operation');
      if (!operation.ok) return operation;
      const { callId, operationId } = target;
      return {
        ok: true,
        value: { kind: 'operation', changeType, callId, operationId, operation: operation.value },
      };
    }
    case 'participants':
      return { ok: true, value: { kind: 'participants', changeType, callId: target.callId } };
    case 'callOther':
      return { ok: true, value: { kind: 'callOther', changeType, callId: target.callId, rest: target.rest } };
    case 'other':
      return { ok: true, value: { kind: 'other', changeType, path: target.path } };
    default:
      return target satisfies never;
  }
}

/** A single entity's resourceData; absent (a bare `deleted`) reads as an empty entity. */
function entity<S extends z.ZodType>(
  schema: S,
  data: unknown,
  at: PropertyKey[],
  what: string,
): Step<z.output<S>> {
  if (Array.isArray(data))
    return { ok: false, problems: [describeIssues([issue(`expected ${what}, got an array`)], at)] };
  const read = schema.safeParse(data ?? {});
  return read.success
    ? { ok: true, value: read.data }
    : { ok: false, problems: [describeIssues(read.error.issues, at)] };
}

function issue(message: string, path: PropertyKey[] = []): z.core.$ZodIssue {
  return { code: 'custom', message, path, input: undefined };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isGraphEnvelope(body: Record<string, unknown>): boolean {
  const type = Object.entries(body).find(([key]) => key.toLowerCase() === '@odata.type')?.[1];
  return typeof type === 'string' && type.trim().replace(/^#/, '').toLowerCase() === ENVELOPE_TYPE;
}
