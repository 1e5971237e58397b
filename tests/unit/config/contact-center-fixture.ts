/** A small valid contact center for tests, as plain data (what a YAML or JSON file parses to). */

export const tenantId = '9f8e6d5c-4b3a-4e2f-9a1b-0c1d2e3f4a5b';
export const otherTenantId = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d';
export const applicationInstanceId = '2d1c0b9a-8f7e-4d6c-9b5a-4e3f2a1b0c9d';
export const adele = '0b6c2f4e-1a3d-4c5b-8e7f-9a0b1c2d3e4f';
export const alex = '1c7d3a5f-2b4e-4d6c-9f8a-0b1c2d3e4f5a';
export const megan = '2d8e4b6a-3c5f-4e7d-8a9b-1c2d3e4f5a6b';

/** Tenant 0 has flows `main` (menu `main-menu`), queues `sales`, `support` (skillsBased), `billing`, three agents. */
export function validContactCenter(): Record<string, unknown> {
  return {
    tenants: [
      {
        id: tenantId,
        name: 'Contoso',
        timeZone: 'America/Los_Angeles',
        wrapUpCodes: [
          { id: 'resolved', name: 'Resolved' },
          { id: 'follow-up', name: 'Follow-up' },
        ],
        numbers: [{ phoneNumber: '+14255550100', applicationInstanceId, name: 'Main line', flow: 'main' }],
        flows: [
          {
            id: 'main',
            greeting: 'welcome',
            start: { type: 'menu', menu: 'main-menu' },
            menus: [
              {
                id: 'main-menu',
                prompt: 'main-menu',
                choices: { '1': { type: 'queue', queue: 'sales' }, '2': { type: 'queue', queue: 'support' } },
              },
            ],
          },
        ],
        queues: [
          { id: 'sales', name: 'Sales' },
          { id: 'support', name: 'Support', routing: 'skillsBased', skills: { support: 2 } },
          { id: 'billing', name: 'Billing', routing: 'serial' },
        ],
        agents: [
          { id: adele, name: 'Adele Vance', queues: ['sales', 'billing'] },
          { id: alex, name: 'Alex Wilber', skills: { support: 3 }, queues: ['sales', 'support', 'billing'] },
          { id: megan, name: 'Megan Bowen', skills: { support: 4 }, queues: ['support'] },
        ],
      },
    ],
  };
}

/** A deep copy of `data` with the setting at `path` replaced (or removed, for `undefined`). */
export function withSetting(
  data: unknown,
  path: readonly (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(data) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key, index) => {
    node[key] ??= typeof path[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path.at(-1) as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Applies several `withSetting` changes in order. */
export function withSettings(
  data: unknown,
  changes: readonly (readonly [readonly (string | number)[], unknown])[],
) {
  return changes.reduce<Record<string, unknown>>(
    (current, [path, value]) => withSetting(current, path, value),
    structuredClone(data) as Record<string, unknown>,
  );
}
