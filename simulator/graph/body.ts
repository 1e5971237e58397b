import { graphError } from '../http/graph-error';
import type { SimResponse } from '../http/types';
import { checkActionBody, checkEntityBody } from './schema';

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The body of an action, checked against Graph's v1.0 schema, or Graph's 400. */
export function actionBody(boundType: string, action: string, body: unknown): Json | SimResponse {
  const checked = checkActionBody(boundType, action, body ?? {});
  if (!checked.ok) return graphError(400, 'BadRequest', checked.message);
  return asObject(body);
}

/** The body of a new entity, checked against Graph's v1.0 schema, or Graph's 400. */
export function entityBody(type: string, body: unknown): Json | SimResponse {
  const checked = checkEntityBody(type, body);
  if (!checked.ok) return graphError(400, 'BadRequest', checked.message);
  return asObject(body);
}

export function isRefusal(value: unknown): value is SimResponse {
  return typeof (value as SimResponse | undefined)?.status === 'number' && 'body' in (value as object);
}

const loopback = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Graph requires an https callback. Loopback http is accepted so a bot on this machine can be tested;
 * no real deployment can have one.
 */
export function callbackProblem(uri: string | undefined): string | undefined {
  if (!uri) return 'callbackUri is required.';
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `callbackUri '${uri}' is not a valid absolute URL.`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && (loopback.has(url.hostname) || url.hostname.startsWith('127.')))
    return undefined;
  return `callbackUri '${uri}' must use https.`;
}

/** The media hosting a mediaConfig asks for, from its `@odata.type`. */
export function mediaHosting(mediaConfig: unknown): 'service' | 'app' {
  const type = asString(asObject(mediaConfig)['@odata.type']) ?? '';
  return type.toLowerCase().endsWith('apphostedmediaconfig') ? 'app' : 'service';
}

/** The prompts of a playPrompt/recordResponse body as `{ uri, resourceId }`. */
export function promptList(prompts: unknown): { uri: string; resourceId?: string }[] {
  if (!Array.isArray(prompts)) return [];
  return prompts.map((p) => {
    const info = asObject(asObject(p).mediaInfo);
    const resourceId = asString(info.resourceId);
    return { uri: asString(info.uri) ?? '', ...(resourceId ? { resourceId } : {}) };
  });
}

/** Where an invitationParticipantInfo points: a user or a phone number. */
export function destinationOf(
  info: unknown,
): { kind: 'user'; userId: string } | { kind: 'phone'; number: string } | undefined {
  const identity = asObject(asObject(info).identity);
  const user = asString(asObject(identity.user).id);
  if (user) return { kind: 'user', userId: user };
  const phone = asString(asObject(identity.phone).id);
  if (phone) return { kind: 'phone', number: phone };
  return undefined;
}

export const e164 = /^\+[1-9]\d{6,14}$/;
