import { parseContactCenter } from '../../../src/config';
import {
  adele,
  alex,
  applicationInstanceId,
  megan,
  otherTenantId,
  tenantId,
  validContactCenter,
  withSetting,
  withSettings,
} from './contact-center-fixture';

function errorsOf(data: unknown): string[] {
  const result = parseContactCenter(data);
  return result.ok ? [] : result.errors;
}

const tenant = ['tenants', 0] as const;
const flow = [...tenant, 'flows', 0] as const;
const menu = [...flow, 'menus', 0] as const;
const sales = [...tenant, 'queues', 0] as const;
const support = [...tenant, 'queues', 1] as const;
const billing = [...tenant, 'queues', 2] as const;

/** A second tenant with its own number and agent, valid on its own. */
function secondTenant(overrides: Record<string, unknown> = {}) {
  return {
    id: otherTenantId,
    name: 'Fabrikam',
    timeZone: 'Europe/London',
    numbers: [
      {
        phoneNumber: '+442071234567',
        applicationInstanceId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
        name: 'Fabrikam',
        flow: 'main',
      },
    ],
    flows: [{ id: 'main', start: { type: 'queue', queue: 'sales' } }],
    queues: [{ id: 'sales', name: 'Sales' }],
    agents: [{ id: '6f5e4d3c-2b1a-4098-8e7d-6c5b4a392817', name: 'Ana', queues: ['sales'] }],
    ...overrides,
  };
}

describe('contact-center references', () => {
  it.each<[string, readonly (string | number)[], unknown, string]>([
    [
      "a number's flow",
      [...tenant, 'numbers', 0, 'flow'],
      'mian',
      'tenants[0].numbers[0].flow: no flow "mian" in this tenant (did you mean "main"?)',
    ],
    [
      "a flow's start menu",
      [...flow, 'start'],
      { type: 'menu', menu: 'welcome' },
      'tenants[0].flows[0].start.menu: no menu "welcome" in this tenant (menus: main-menu)',
    ],
    [
      "a menu key's queue",
      [...menu, 'choices', '1'],
      { type: 'queue', queue: 'sale' },
      'tenants[0].flows[0].menus[0].choices["1"].queue: no queue "sale" in this tenant (did you mean "sales"?)',
    ],
    [
      "a menu key's submenu",
      [...menu, 'choices', '3'],
      { type: 'menu', menu: 'billing-menu' },
      'tenants[0].flows[0].menus[0].choices["3"].menu: no menu "billing-menu" in this tenant (menus: main-menu)',
    ],
    [
      "a menu key's flow",
      [...menu, 'choices', '4'],
      { type: 'flow', flow: 'spanish' },
      'tenants[0].flows[0].menus[0].choices["4"].flow: no flow "spanish" in this tenant (flows: main)',
    ],
    [
      "a menu's failure action",
      [...menu, 'onFailure'],
      { type: 'voicemail', queue: 'general' },
      'tenants[0].flows[0].menus[0].onFailure.queue: no queue "general" in this tenant (queues: sales, support, billing)',
    ],
    [
      "a queue's max-wait queue",
      [...sales, 'maxWaitAction'],
      { type: 'queue', queue: 'overflow' },
      'tenants[0].queues[0].maxWaitAction.queue: no queue "overflow" in this tenant (queues: sales, support, billing)',
    ],
    [
      "a queue's overflow into itself",
      [...sales, 'maxSizeAction'],
      { type: 'queue', queue: 'sales' },
      'tenants[0].queues[0].maxSizeAction.queue: sends the caller back to this same queue',
    ],
    [
      "a queue's max wait into itself",
      [...sales, 'maxWaitAction'],
      { type: 'queue', queue: 'sales', priority: 1 },
      'tenants[0].queues[0].maxWaitAction.queue: sends the caller back to this same queue',
    ],
    [
      "a queue's max-wait flow",
      [...sales, 'maxWaitAction'],
      { type: 'flow', flow: 'after-hours' },
      'tenants[0].queues[0].maxWaitAction.flow: no flow "after-hours" in this tenant (flows: main)',
    ],
    [
      "a queue's voicemail queue",
      [...sales, 'maxWaitAction'],
      { type: 'voicemail', queue: 'voicemail' },
      'tenants[0].queues[0].maxWaitAction.queue: no queue "voicemail" in this tenant (queues: sales, support, billing)',
    ],
    [
      'an escalation to unknown agents',
      [...support, 'escalation'],
      [{ afterSeconds: 60, addAgentsFrom: ['billing', 'sales-emea'] }],
      'tenants[0].queues[1].escalation[0].addAgentsFrom[1]: no queue "sales-emea" in this tenant (did you mean "sales"?)',
    ],
    [
      "an escalation to the queue's own agents",
      [...support, 'escalation'],
      [{ afterSeconds: 60, addAgentsFrom: ['support'] }],
      'tenants[0].queues[1].escalation[0].addAgentsFrom[0]: is this same queue; name another queue whose agents help',
    ],
    [
      "an agent's queue",
      [...tenant, 'agents', 2, 'queues'],
      ['support', 'suport'],
      'tenants[0].agents[2].queues[1]: no queue "suport" in this tenant (did you mean "support"?)',
    ],
    [
      "an agent's queue listed twice",
      [...tenant, 'agents', 2, 'queues'],
      ['support', 'support'],
      'tenants[0].agents[2].queues[1]: queue "support" is listed twice',
    ],
    [
      'a serial order naming a non-member',
      [...billing, 'agentOrder'],
      [alex, megan],
      `tenants[0].queues[2].agentOrder[1]: agent ${megan} is not in this queue (an agent joins a queue in agents[].queues)`,
    ],
    [
      'a serial order naming an agent twice',
      [...billing, 'agentOrder'],
      [alex, alex],
      `tenants[0].queues[2].agentOrder[1]: agent ${alex} is listed twice`,
    ],
  ])('checks %s', (_, path, value, error) => {
    expect(errorsOf(withSetting(validContactCenter(), path, value))).toEqual([error]);
  });

  it.each<[string, readonly (string | number)[], unknown, string]>([
    [
      'whenClosed',
      [...flow, 'whenClosed'],
      { type: 'queue', queue: 'after-hours' },
      'tenants[0].flows[0].whenClosed.queue',
    ],
    [
      'onHoliday',
      [...flow, 'onHoliday'],
      { type: 'flow', flow: 'holiday' },
      'tenants[0].flows[0].onHoliday.flow',
    ],
    [
      'a holiday action',
      [...flow, 'holidays'],
      [{ name: 'Christmas', date: '12-25', action: { type: 'menu', menu: 'xmas' } }],
      'tenants[0].flows[0].holidays[0].action.menu',
    ],
  ])('checks the target of %s', (_, path, value, errorPath) => {
    const data = withSettings(validContactCenter(), [
      [[...flow, 'whenClosed'], { type: 'disconnect' }],
      [path, value],
    ]);
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${errorPath.replace(/[[\].]/g, '\\$&')}: no (queue|flow|menu) "`));
  });

  it.each<[string, readonly (string | number)[], unknown, string]>([
    [
      'queue ids',
      [...tenant, 'queues', 3],
      { id: 'sales', name: 'Sales' },
      'tenants[0].queues[3].id: duplicate queue id "sales" (also tenants[0].queues[0])',
    ],
    [
      'flow ids',
      [...tenant, 'flows', 1],
      { id: 'main', start: { type: 'disconnect' } },
      'tenants[0].flows[1].id: duplicate flow id "main" (also tenants[0].flows[0])',
    ],
    [
      'menu ids',
      [...flow, 'menus', 1],
      { id: 'main-menu', prompt: 'x', choices: { '1': { type: 'repeat' } } },
      'tenants[0].flows[0].menus[1].id: duplicate menu id "main-menu" (also tenants[0].flows[0].menus[0])',
    ],
    [
      'wrap-up code ids',
      [...tenant, 'wrapUpCodes', 1, 'id'],
      'resolved',
      'tenants[0].wrapUpCodes[1].id: duplicate wrap-up code id "resolved" (also tenants[0].wrapUpCodes[0])',
    ],
    [
      'wrap-up code names',
      [...tenant, 'wrapUpCodes', 1, 'name'],
      'Resolved',
      'tenants[0].wrapUpCodes[1].name: duplicate wrap-up code name "Resolved" (also tenants[0].wrapUpCodes[0])',
    ],
    [
      'agents',
      [...tenant, 'agents', 2, 'id'],
      adele.toUpperCase(),
      `tenants[0].agents[2].id: duplicate agent (Teams user id) "${adele}" (also tenants[0].agents[0])`,
    ],
  ])('refuses duplicate %s in a tenant', (_, path, value, error) => {
    expect(errorsOf(withSetting(validContactCenter(), path, value))).toEqual([error]);
  });

  it('allows the same queue and flow ids in two tenants', () => {
    expect(errorsOf(withSetting(validContactCenter(), ['tenants', 1], secondTenant()))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'tenant ids',
      { id: tenantId.toUpperCase() },
      `tenants[1].id: duplicate tenant id "${tenantId}" (also tenants[0])`,
    ],
    [
      'phone numbers',
      {
        numbers: [
          {
            phoneNumber: '+14255550100',
            applicationInstanceId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
            name: 'F',
            flow: 'main',
          },
        ],
      },
      'tenants[1].numbers[0].phoneNumber: duplicate phone number "+14255550100" (also tenants[0].numbers[0])',
    ],
    [
      'application instances',
      { numbers: [{ phoneNumber: '+442071234567', applicationInstanceId, name: 'F', flow: 'main' }] },
      `tenants[1].numbers[0].applicationInstanceId: duplicate application instance id "${applicationInstanceId}" (also tenants[0].numbers[0])`,
    ],
    [
      'agents',
      { agents: [{ id: megan, name: 'Megan again', queues: ['sales'] }] },
      `tenants[1].agents[0].id: duplicate agent (Teams user id) "${megan}" (also tenants[0].agents[2])`,
    ],
  ])('refuses duplicate %s across the file', (_, overrides, error) => {
    expect(errorsOf(withSetting(validContactCenter(), ['tenants', 1], secondTenant(overrides)))).toEqual([
      error,
    ]);
  });

  it('refuses references into another tenant', () => {
    const data = withSetting(
      validContactCenter(),
      ['tenants', 1],
      secondTenant({ flows: [{ id: 'main', start: { type: 'queue', queue: 'support' } }] }),
    );
    expect(errorsOf(data)).toEqual([
      'tenants[1].flows[0].start.queue: no queue "support" in this tenant (queues: sales)',
    ]);
  });

  it('refuses flows whose starts redirect in a loop', () => {
    const data = withSettings(validContactCenter(), [
      [[...flow, 'start'], { type: 'flow', flow: 'overflow' }],
      [[...tenant, 'flows', 1], { id: 'overflow', start: { type: 'flow', flow: 'main' } }],
    ]);
    expect(errorsOf(data)).toEqual([
      'tenants[0].flows[0].start: redirects in a loop: main -> overflow -> main',
      'tenants[0].flows[1].start: redirects in a loop: overflow -> main -> overflow',
    ]);
  });

  it('allows a menu key that starts the flow over', () => {
    expect(
      errorsOf(withSetting(validContactCenter(), [...menu, 'choices', '0'], { type: 'flow', flow: 'main' })),
    ).toEqual([]);
  });

  it('checks the references of valid items while other items have errors, in one pass', () => {
    const data = withSettings(validContactCenter(), [
      [[...support, 'routing'], 'fastest'],
      [[...tenant, 'numbers', 0, 'flow'], 'mian'],
      [[...sales, 'maxWaitAction'], { type: 'queue', queue: 'sales' }],
      [
        [...tenant, 'agents', 0, 'queues'],
        ['sales', 'bil'],
      ],
    ]);
    expect(errorsOf(data)).toEqual([
      'tenants[0].queues[1].routing: expected one of "longestIdle", "roundRobin", "skillsBased", "serial", got "fastest"',
      'tenants[0].numbers[0].flow: no flow "mian" in this tenant (did you mean "main"?)',
      'tenants[0].queues[0].maxWaitAction.queue: sends the caller back to this same queue',
      'tenants[0].agents[0].queues[1]: no queue "bil" in this tenant (did you mean "billing"?)',
    ]);
  });

  it('does not report references to an item that has its own error', () => {
    const data = withSetting(validContactCenter(), [...support, 'maxWait'], 'long');
    expect(errorsOf(data)).toEqual(['tenants[0].queues[1].maxWait: expected whole seconds, got "long"']);
  });
});
