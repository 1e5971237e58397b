import type { z } from 'zod';
import type { Tenant } from '../../../src/config';
import { json, route } from '../api-route';
import { PeopleQuerySchema, PeopleSchema, type PersonSchema } from '../schemas/people.schema';
import { errorAnswers } from './answers';

type Person = z.infer<typeof PersonSchema>;

/** Free in Teams first, then those who may pick up, then the rest; unknown presence last. */
const PRESENCE_ORDER = [
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Busy',
  'BusyIdle',
  'DoNotDisturb',
  'Offline',
];

/**
 * `GET /people?search=Al&skill=support`: people of the caller's tenant to consult, with live Teams presence.
 * `search` alone asks Graph for users whose display name starts with it; `skill` lists the tenant's agents
 * with that skill (best first), narrowed by `search` when both are given. Presence comes from one
 * `getPresencesByUserId` call.
 */
export const getPeople = route({
  method: 'GET',
  path: '/people',
  operationId: 'findPeople',
  summary: 'Find experts: Teams users by name, or agents by skill, with live presence',
  roles: ['Agent', 'Supervisor'],
  query: PeopleQuerySchema,
  answers: {
    200: { description: 'People, free ones first.', schema: PeopleSchema },
    ...errorAnswers(400, 401, 403, 502),
  },
  async handle({ caller, query }, deps) {
    const tenant = caller.tenant;
    const found =
      query.skill === undefined
        ? (await deps.graph.searchUsers(tenant.id, query.search ?? '', query.top)).map(
            (user): Person => ({
              id: user.id.toLowerCase(),
              displayName: user.displayName,
              userPrincipalName: user.userPrincipalName ?? null,
              mail: user.mail ?? null,
              jobTitle: user.jobTitle ?? null,
              presence: null,
              skills: skillsOf(tenant, user.id),
            }),
          )
        : agentsWithSkill(tenant, query.skill, query.search).slice(0, query.top);
    const presences =
      found.length === 0
        ? []
        : await deps.graph.getPresences(
            tenant.id,
            found.map((p) => p.id),
          );
    const byId = new Map(presences.map((p) => [p.userId.toLowerCase(), p]));
    const people = found.map((person) => {
      const presence = byId.get(person.id);
      return {
        ...person,
        presence: presence ? { availability: presence.availability, activity: presence.activity } : null,
      };
    });
    const rank = (p: Person) => {
      const index = PRESENCE_ORDER.indexOf(p.presence?.availability ?? '');
      return index < 0 ? PRESENCE_ORDER.length : index;
    };
    // Stable: within a presence, Graph's order (by name) or the best skill first.
    people.sort((a, b) => rank(a) - rank(b));
    return json({ people });
  },
});

function skillsOf(tenant: Tenant, userId: string): Record<string, number> | null {
  return tenant.agents.find((agent) => agent.id === userId.toLowerCase())?.skills ?? null;
}

/** The tenant's agents with the skill, best level first, whose name starts with `search` if given. */
function agentsWithSkill(tenant: Tenant, skill: string, search: string | undefined): Person[] {
  const prefix = search?.toLowerCase();
  return tenant.agents
    .filter((agent) => (agent.skills[skill] ?? 0) > 0)
    .filter((agent) => prefix === undefined || agent.name.toLowerCase().startsWith(prefix))
    .sort((a, b) => (b.skills[skill] ?? 0) - (a.skills[skill] ?? 0) || a.name.localeCompare(b.name))
    .map((agent) => ({
      id: agent.id,
      displayName: agent.name,
      userPrincipalName: null,
      mail: null,
      jobTitle: null,
      presence: null,
      skills: agent.skills,
    }));
}
