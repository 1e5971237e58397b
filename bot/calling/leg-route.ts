import type { NotificationFact } from './call-fact';

/** What the query string of a notification says: nothing (the deployment's callback), a leg, or nonsense. */
export type LegRoute =
  | { kind: 'none' }
  | { kind: 'leg'; interactionId: string; leg: string }
  | { kind: 'invalid'; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LEG = /^[a-z][a-zA-Z0-9-]{0,31}$/;

/**
 * Reads `?interaction={id}&leg={name}` from a notification's URL: the callbackUri the bot gave an outbound
 * call. Both or neither must be there; anything else is refused, naming what is wrong.
 */
export function legOf(query: Record<string, unknown> | undefined): LegRoute {
  const interaction = query?.interaction;
  const leg = query?.leg;
  if (interaction === undefined && leg === undefined) return { kind: 'none' };
  if (typeof interaction !== 'string' || !UUID.test(interaction))
    return {
      kind: 'invalid',
      message: `query parameter 'interaction' must be one UUID, got ${show(interaction)}`,
    };
  if (typeof leg !== 'string' || !LEG.test(leg))
    return {
      kind: 'invalid',
      message: `query parameter 'leg' must be a short name like 'callback', got ${show(leg)}`,
    };
  return { kind: 'leg', interactionId: interaction.toLowerCase(), leg };
}

/** A fact about an outbound call, addressed to the interaction the callbackUri named. */
export function toLegFact(
  fact: NotificationFact,
  route: Extract<LegRoute, { kind: 'leg' }>,
): NotificationFact {
  if (fact.kind !== 'event') return fact;
  const { event } = fact;
  if (
    event.type !== 'established' &&
    event.type !== 'tone' &&
    event.type !== 'mediaCompleted' &&
    event.type !== 'transferAccepted' &&
    event.type !== 'transferFailed' &&
    event.type !== 'terminated'
  )
    return fact;
  return {
    kind: 'legEvent',
    tenantId: fact.tenantId,
    callId: fact.callId,
    interactionId: route.interactionId,
    leg: route.leg,
    event: { type: 'leg', leg: route.leg, callId: fact.callId, event, at: event.at },
  };
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60);
}
