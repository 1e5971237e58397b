import type { Sim } from '../engine/sim';
import { graphError } from '../http/graph-error';
import type { User } from '../world/directory';
import type { GraphRouteEntry } from './graph-route';

function userResource(user: User): Record<string, unknown> {
  const [givenName, ...rest] = user.displayName.split(' ');
  return {
    id: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    mail: user.userPrincipalName,
    givenName: givenName ?? null,
    surname: rest.join(' ') || null,
    jobTitle: null,
    businessPhones: [],
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-US',
  };
}

const startsWith =
  /^startswith\(\s*(displayName|givenName|surname|userPrincipalName|mail)\s*,\s*'((?:[^']|'')*)'\s*\)$/i;

/** Graph's `/users` routes: enough of `$filter=startswith(…)` and `$top` for a people picker. */
export function userRoutes(sim: Sim): GraphRouteEntry[] {
  const inTenant = (tenantId: string) =>
    [...sim.directory.users.values()].filter((u) => u.tenantId.toLowerCase() === tenantId.toLowerCase());
  return [
    {
      method: 'GET',
      path: '/users/:userId',
      kind: 'users',
      route: (_req, params, caller) => {
        const key = (params.userId ?? '').toLowerCase();
        const user = inTenant(caller.tenantId).find(
          (u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key,
        );
        if (!user) {
          return graphError(
            404,
            'Request_ResourceNotFound',
            `Resource '${params.userId}' does not exist or one of its queried reference-property objects are not present.`,
          );
        }
        return { status: 200, body: userResource(user) };
      },
    },
    {
      method: 'GET',
      path: '/users',
      kind: 'users',
      route: (req, _params, caller) => {
        let users = inTenant(caller.tenantId);
        const filter = req.query.get('$filter');
        if (filter !== null) {
          const match = startsWith.exec(filter.trim());
          if (!match)
            return graphError(
              400,
              'Request_UnsupportedQuery',
              `Unsupported or invalid query filter clause specified: '${filter}'.`,
            );
          const field = match[1]!.toLowerCase();
          const prefix = match[2]!.replaceAll("''", "'").toLowerCase();
          users = users.filter((u) => {
            const resource = userResource(u);
            const key = Object.keys(resource).find((k) => k.toLowerCase() === field)!;
            return String(resource[key] ?? '')
              .toLowerCase()
              .startsWith(prefix);
          });
        }
        const topText = req.query.get('$top');
        const top = topText === null ? 100 : Number(topText);
        if (!Number.isInteger(top) || top < 1 || top > 999) {
          return graphError(
            400,
            'Request_BadRequest',
            `Invalid page size specified: '${topText}'. Must be between 1 and 999 inclusive.`,
          );
        }
        users.sort((a, b) => a.displayName.localeCompare(b.displayName));
        return {
          status: 200,
          body: {
            '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
            value: users.slice(0, top).map(userResource),
          },
        };
      },
    },
  ];
}
