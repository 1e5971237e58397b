import { type ContactCenter, createContactCenterDirectory, parseContactCenter } from '../../../src/config';
import {
  adele,
  alex,
  applicationInstanceId,
  megan,
  tenantId,
  validContactCenter,
  withSettings,
} from './contact-center-fixture';

function contactCenter(data: unknown = validContactCenter()): ContactCenter {
  const result = parseContactCenter(data);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

describe('createContactCenterDirectory', () => {
  const directory = createContactCenterDirectory(contactCenter());

  it.each(['+14255550100', 'tel:+14255550100', 'tel:+1 (425) 555-0100'])(
    'finds the tenant, number and flow of a dialled number written %j',
    (phone) => {
      const route = directory.numberByPhone(phone);
      expect(route?.tenant.id).toBe(tenantId);
      expect(route?.number.name).toBe('Main line');
      expect(route?.flow.id).toBe('main');
    },
  );

  it("gives the route the tenant's time zone when the flow has none", () => {
    expect(directory.numberByPhone('+14255550100')?.timeZone).toBe('America/Los_Angeles');
  });

  it("gives the route the flow's own time zone when it has one", () => {
    const data = withSettings(validContactCenter(), [
      [['tenants', 0, 'flows', 0, 'timeZone'], 'America/New_York'],
    ]);
    const route = createContactCenterDirectory(contactCenter(data)).numberByPhone('+14255550100');
    expect(route?.timeZone).toBe('America/New_York');
  });

  it('finds a number by its application instance id, in any case', () => {
    expect(
      directory.numberByApplicationInstance(applicationInstanceId.toUpperCase())?.number.phoneNumber,
    ).toBe('+14255550100');
  });

  it('finds nothing for a number that is not configured', () => {
    expect(directory.numberByPhone('+14255550199')).toBeUndefined();
    expect(directory.numberByApplicationInstance('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('finds tenants, flows and queues by id', () => {
    expect(directory.tenant(tenantId.toUpperCase())?.name).toBe('Contoso');
    expect(directory.flow(tenantId, 'main')?.menus[0]?.id).toBe('main-menu');
    expect(directory.queue(tenantId, 'support')?.routing).toBe('skillsBased');
    expect(directory.queue(tenantId, 'nope')).toBeUndefined();
    expect(directory.queue('1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', 'support')).toBeUndefined();
  });

  it('lists the agents of a queue in file order', () => {
    expect(directory.agentsOfQueue(tenantId, 'sales').map((agent) => agent.id)).toEqual([adele, alex]);
    expect(directory.agentsOfQueue(tenantId, 'support').map((agent) => agent.id)).toEqual([alex, megan]);
    expect(directory.agentsOfQueue(tenantId, 'nope')).toEqual([]);
  });

  it("lists a serial queue's agents in its agentOrder first", () => {
    const data = withSettings(validContactCenter(), [[['tenants', 0, 'queues', 2, 'agentOrder'], [alex]]]);
    const ordered = createContactCenterDirectory(contactCenter(data)).agentsOfQueue(tenantId, 'billing');
    expect(ordered.map((agent) => agent.id)).toEqual([alex, adele]);
  });

  it('finds an agent and their tenant by Teams user id', () => {
    const found = directory.agent(megan.toUpperCase());
    expect(found?.agent.name).toBe('Megan Bowen');
    expect(found?.tenant.id).toBe(tenantId);
  });
});
