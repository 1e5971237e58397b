import { clientOf, type Sim } from '../engine/sim';
import { graphError } from '../http/graph-error';
import type { SimResponse } from '../http/types';
import { effectivePresence } from '../world/presence';
import { actionBody, isRefusal } from './body';
import type { Caller, GraphRouteEntry } from './graph-route';

/** Graph's presence limit: 1,500 requests per 30 s per app per tenant. */
const windowMs = 30_000;
const limit = 1_500;
const maxIdsPerRequest = 650;

/** The presence resource of a user as Graph returns it. */
export function presenceOf(sim: Sim, userId: string): Record<string, unknown> {
  const client = clientOf(sim, userId);
  const presence = effectivePresence(client.chosen, client.inCall !== undefined);
  return { '@odata.type': '#microsoft.graph.presence', id: client.userId, ...presence };
}

/** Graph's presence routes, with its per-app, per-tenant throttling. */
export function presenceRoutes(sim: Sim): GraphRouteEntry[] {
  const windows = new Map<string, number[]>();
  const throttled = (caller: Caller): SimResponse | undefined => {
    const key = `${caller.appId}|${caller.tenantId}`.toLowerCase();
    const now = sim.clock.now();
    const span = sim.clock.real(windowMs);
    const recent = (windows.get(key) ?? []).filter((t) => now - t < span);
    if (recent.length >= limit) {
      windows.set(key, recent);
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + span - now) / 1000));
      return graphError(429, 'TooManyRequests', 'Too many requests.', { 'retry-after': String(retryAfter) });
    }
    recent.push(now);
    windows.set(key, recent);
    return undefined;
  };
  const sameTenant = (userId: string, caller: Caller) =>
    sim.directory.user(userId)?.tenantId.toLowerCase() === caller.tenantId.toLowerCase();

  const single: GraphRouteEntry['route'] = (_req, params, caller) => {
    const refused = throttled(caller);
    if (refused) return refused;
    const userId = params.userId ?? '';
    if (!sameTenant(userId, caller))
      return graphError(404, 'itemNotFound', `User '${userId}' was not found.`);
    return { status: 200, body: presenceOf(sim, userId) };
  };

  return [
    { method: 'GET', path: '/users/:userId/presence', kind: 'presence', route: single },
    { method: 'GET', path: '/communications/presences/:userId', kind: 'presence', route: single },
    {
      method: 'POST',
      path: '/communications/getPresencesByUserId',
      kind: 'getPresencesByUserId',
      route: (req, _params, caller) => {
        const body = actionBody('graph.cloudCommunications', 'getPresencesByUserId', req.body);
        if (isRefusal(body)) return body;
        const ids = Array.isArray(body.ids) ? body.ids.map(String) : [];
        if (ids.length === 0) return graphError(400, 'BadRequest', 'ids must hold at least one user id.');
        if (ids.length > maxIdsPerRequest) {
          return graphError(
            400,
            'BadRequest',
            `ids holds ${ids.length} user ids; at most ${maxIdsPerRequest} are allowed.`,
          );
        }
        const refused = throttled(caller);
        if (refused) return refused;
        const value = ids.filter((id) => sameTenant(id, caller)).map((id) => presenceOf(sim, id));
        return {
          status: 200,
          body: {
            '@odata.context':
              'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.presence)',
            value,
          },
        };
      },
    },
  ];
}
