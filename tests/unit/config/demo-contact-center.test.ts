import { readdirSync, readFileSync } from 'node:fs';
import {
  type ContactCenter,
  createContactCenterDirectory,
  loadContactCenter,
  parseEnvironment,
} from '../../../src/config';

const demoPath = 'config/demo.contact-center.yaml';

async function loadDemo(): Promise<ContactCenter> {
  const loaded = await loadContactCenter(demoPath);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.value;
}

describe('the demo contact center', () => {
  it('is the default CONTACT_CENTER_CONFIG', () => {
    const env = parseEnvironment({});
    expect(env.ok && env.value.contactCenterFile).toBe(demoPath);
  });

  it('loads without errors', async () => {
    expect(await loadContactCenter(demoPath)).toMatchObject({ ok: true });
  });

  it('names only prompts that ship (the WAV files of bot/media/prompts)', async () => {
    const shippedPrompts = readdirSync('bot/media/prompts')
      .filter((file) => file.endsWith('.wav'))
      .map((file) => file.slice(0, -'.wav'.length));
    expect(await loadContactCenter(demoPath, { shippedPrompts })).toMatchObject({ ok: true });
  });

  it('points editors at the published JSON Schema', () => {
    expect(readFileSync(demoPath, 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/contact-center.schema.json',
    );
  });

  it('has one tenant, Contoso, with the four usual wrap-up codes', async () => {
    const demo = await loadDemo();
    expect(demo.tenants).toHaveLength(1);
    expect(demo.tenants[0]).toMatchObject({ id: '9f8e6d5c-4b3a-4e2f-9a1b-0c1d2e3f4a5b', name: 'Contoso' });
    expect(demo.tenants[0]?.wrapUpCodes.map((code) => code.name)).toEqual([
      'Resolved',
      'Follow-up',
      'Escalated',
      'Wrong number',
    ]);
  });

  it('answers +14255550100 with a flow open 24/7: greeting, then 1 for Sales and 2 for Support', async () => {
    const route = createContactCenterDirectory(await loadDemo()).numberByPhone('+14255550100');
    expect(route?.tenant.name).toBe('Contoso');
    expect(route?.flow.businessHours).toBeUndefined();
    expect(route?.flow.holidays).toEqual([]);
    expect(route?.flow.greeting).toEqual({ kind: 'shipped', name: 'welcome' });
    const menu = route?.flow.menus.find(
      (candidate) => route.flow.start.type === 'menu' && candidate.id === route.flow.start.menu,
    );
    expect(menu?.choices['1']).toEqual({ type: 'queue', queue: 'sales' });
    expect(menu?.choices['2']).toEqual({ type: 'queue', queue: 'support' });
  });

  it('shows weekday business hours and a holiday in a second flow', async () => {
    const weekdays = (await loadDemo()).tenants[0]?.flows.find((flow) => flow.id === 'weekdays');
    expect(weekdays?.businessHours).toEqual({
      monday: ['08:00-18:00'],
      tuesday: ['08:00-18:00'],
      wednesday: ['08:00-18:00'],
      thursday: ['08:00-18:00'],
      friday: ['08:00-18:00'],
    });
    expect(weekdays?.holidays.length).toBeGreaterThan(0);
    expect(weekdays?.whenClosed).toBeDefined();
  });

  it('has Sales (longest idle) and Support (skills-based, support at level 2 or more)', async () => {
    const queues = (await loadDemo()).tenants[0]?.queues ?? [];
    expect(queues.map((queue) => [queue.id, queue.routing, queue.skills])).toEqual([
      ['sales', 'longestIdle', {}],
      ['support', 'skillsBased', { support: 2 }],
    ]);
  });

  it('ends every wait within Teams limits, in another queue or with a message, never in silence', async () => {
    const queues = (await loadDemo()).tenants[0]?.queues ?? [];
    expect(queues[0]?.maxWaitAction).toEqual({ type: 'queue', queue: 'support', priority: 2 });
    for (const queue of queues) {
      expect(queue.maxWait).toBeLessThanOrEqual(2700);
      expect(queue.maxSize).toBeLessThanOrEqual(200);
      for (const exit of [queue.maxWaitAction, queue.maxSizeAction]) {
        expect(exit.type === 'queue' || (exit.type === 'disconnect' && exit.prompt !== undefined)).toBe(true);
      }
    }
  });

  it('has four agents, two per queue, one of them in both', async () => {
    const demo = await loadDemo();
    const directory = createContactCenterDirectory(demo);
    const tenantId = demo.tenants[0]?.id ?? '';
    const sales = directory.agentsOfQueue(tenantId, 'sales').map((agent) => agent.name);
    const support = directory.agentsOfQueue(tenantId, 'support').map((agent) => agent.name);
    expect(demo.tenants[0]?.agents).toHaveLength(4);
    expect(sales).toHaveLength(2);
    expect(support.filter((name) => !sales.includes(name))).toHaveLength(2);
    expect(sales.filter((name) => support.includes(name))).toHaveLength(1);
  });
});
