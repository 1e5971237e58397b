import type { GraphClient } from './graph-client';
import { GraphError } from './graph-error';
import type { UserResource } from './graph-routes';

/** A Teams user as the workspace shows one (expert search, agent names). */
export interface DirectoryUser {
  id: string;
  displayName: string;
  userPrincipalName?: string;
  mail?: string;
  jobTitle?: string;
}

/** Finding users of a tenant. */
export interface UsersApi {
  /** Users whose display name starts with `prefix` (case-insensitive), at most `top` (1 to 999). */
  searchUsers(tenantId: string, prefix: string, top?: number): Promise<DirectoryUser[]>;
  /** One user by object id or UPN; undefined when the tenant has no such user. */
  getUser(tenantId: string, userId: string): Promise<DirectoryUser | undefined>;
}

const select = 'id,displayName,userPrincipalName,mail,jobTitle';

/** An OData string literal: single quotes doubled (`O'Brien` -> `'O''Brien'`). */
export const odataString = (text: string) => `'${text.replaceAll("'", "''")}'`;

function toUser(resource: UserResource): DirectoryUser {
  const optional = {
    userPrincipalName: resource.userPrincipalName,
    mail: resource.mail,
    jobTitle: resource.jobTitle,
  };
  const present = Object.entries(optional).filter(([, value]) => typeof value === 'string');
  return { id: resource.id, displayName: resource.displayName ?? '', ...Object.fromEntries(present) };
}

/**
 * `GET /users` with `$filter=startswith(displayName,'…')` and `GET /users/{id}`.
 * @example const users = createUsersApi(graph); await users.searchUsers(tid, "O'Br", 10);
 */
export function createUsersApi(graph: GraphClient): UsersApi {
  return {
    async searchUsers(tenantId, prefix, top = 10) {
      if (!Number.isInteger(top) || top < 1 || top > 999)
        throw new RangeError(`top must be 1 to 999, got ${top}`);
      const query = {
        $filter: `startswith(displayName,${odataString(prefix)})`,
        $top: String(top),
        $select: select,
      };
      const found = await graph.send('GET /users', { tenantId, query });
      return found.value.map(toUser);
    },
    async getUser(tenantId, userId) {
      try {
        const user = await graph.send('GET /users/{user-id}', {
          tenantId,
          params: { 'user-id': userId },
          query: { $select: select },
        });
        return toUser(user);
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) return undefined;
        throw error;
      }
    },
  };
}
