import { openStream } from '../api/sse-client';
import {
  type ApiHarness,
  ann,
  backends,
  bo,
  dee,
  northwind,
  startSupervisorCenter,
  sue,
} from './supervisor-harness';

describe.each(backends())('the contacts directory through the API on %s', (_name, store) => {
  let h: ApiHarness;
  beforeEach(async () => {
    h = await startSupervisorCenter({ store });
  });
  afterEach(() => h.close());

  const contoso = {
    name: 'Dana Whitfield',
    company: 'Contoso',
    notes: 'Prefers email follow-ups',
    vip: true,
    phoneNumbers: ['+14255550123', '+442079460000'],
  };
  const create = (body: unknown, as = sue) => h.api('POST', '/contacts', { as, body });

  it('creates, lists, searches, reads, changes and deletes a contact', async () => {
    const created = await create(contoso);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), ...contoso, source: 'directory' });
    const id = created.body.id;
    await create({ name: 'Ade Okafor', phoneNumbers: ['+14255550999'] });

    const all = await h.api('GET', '/contacts', { as: sue });
    expect(all.body.contacts.map((c: any) => c.name)).toEqual(['Ade Okafor', 'Dana Whitfield']);
    for (const search of ['contoso', 'WHIT', '2079460'])
      expect((await h.api('GET', `/contacts?search=${search}`, { as: sue })).body.contacts).toEqual([
        created.body,
      ]);
    expect((await h.api('GET', '/contacts?search=%25', { as: sue })).body.contacts).toEqual([]);

    const changed = await h.api('PATCH', `/contacts/${id}`, { as: sue, body: { vip: false, notes: null } });
    expect(changed).toMatchObject({ status: 200, body: { id, vip: false, notes: null, company: 'Contoso' } });
    expect((await h.api('GET', `/contacts/${id}`, { as: sue })).body).toEqual(changed.body);

    expect((await h.api('DELETE', `/contacts/${id}`, { as: sue })).status).toBe(204);
    expect((await h.api('GET', `/contacts/${id}`, { as: sue })).status).toBe(404);
    expect((await h.api('DELETE', `/contacts/${id}`, { as: sue })).status).toBe(404);
  });

  it('shows the caller’s contact and earlier calls on the interaction', async () => {
    const contact = (await create(contoso)).body;
    await h.api('PUT', '/me/status', { as: ann, body: { status: 'notReady', reason: 'break' } });
    await h.dial();
    const queued = await h.until(
      () => h.store.events.list({ tenantId: northwind }),
      (events) => events.some((e) => e.name === 'queued'),
    );
    const id = queued.find((e) => e.name === 'queued')!.interactionId!;
    const detail = await h.api('GET', `/interactions/${id}`, { as: sue });
    expect(detail.status).toBe(200);
    expect(detail.body.customer).toEqual({ caller: '+14255550123', contact, previous: [] });
  });

  it('puts the caller’s contact (VIP) on the offer the agent’s stream pushes', async () => {
    const contact = (await create(contoso)).body;
    await h.api('PUT', '/me/status', { as: ann, body: { status: 'notReady', reason: 'break' } });
    const stream = await openStream(`${h.server.url}/api/v1/stream`, {
      authorization: `Bearer ${await h.token(bo)}`,
    });
    try {
      await stream.live();
      // A dial, the flow and the queue before the offer: room for a loaded machine.
      await h.dial();
      const offer = await stream.next((e) => e.event === 'offered', 15_000);
      expect(offer.data.contact).toEqual(contact);
      expect(offer.data.interaction.caller).toBe('+14255550123');
    } finally {
      stream.close();
    }
  });

  it('refuses a number another contact holds, with 409 naming it', async () => {
    const first = (await create(contoso)).body;
    const again = await create({ name: 'Someone Else', phoneNumbers: ['+14255550777', '+14255550123'] });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'numberTaken' });
    expect(again.body.error.message).toContain(
      `phoneNumbers.1: +14255550123 already belongs to contact ${first.id}`,
    );
    const other = (await create({ name: 'Other', phoneNumbers: ['+14255550777'] })).body;
    const taken = await h.api('PATCH', `/contacts/${other.id}`, {
      as: sue,
      body: { phoneNumbers: ['+442079460000'] },
    });
    expect(taken.status).toBe(409);
  });

  it('names each wrong field and stores nothing', async () => {
    const wrong = await create({
      name: ' ',
      phoneNumbers: ['0123', '+14255550123', '+14255550123'],
      vip: 'yes',
      colour: 1,
    });
    expect(wrong.status).toBe(400);
    const fields = wrong.body.error.details.map((d: any) => d.field).sort();
    expect(fields).toEqual(['colour', 'name', 'phoneNumbers', 'phoneNumbers.0', 'vip']);
    expect(wrong.body.error.details.find((d: any) => d.field === 'phoneNumbers.0').message).toBe(
      'expected a phone number in E.164 (+14255550123), got "0123"',
    );
    expect((await create({ name: 'No Number', phoneNumbers: [] })).body.error.details).toEqual([
      { in: 'body', field: 'phoneNumbers', message: 'expected at least one number' },
    ]);
    const id = (await create(contoso)).body.id;
    const empty = await h.api('PATCH', `/contacts/${id}`, { as: sue, body: {} });
    expect(empty.body.error.details).toEqual([
      { in: 'body', field: '', message: 'expected at least one field to change' },
    ]);
    expect((await h.api('GET', '/contacts/not-a-uuid', { as: sue })).body.error.details[0].field).toBe('id');
    expect((await h.api('GET', '/contacts?top=0', { as: sue })).body.error.details[0].field).toBe('top');
    expect((await h.api('GET', '/contacts', { as: sue })).body.contacts).toHaveLength(1);
  });

  it('is for supervisors and admins of the tenant only', async () => {
    const id = (await create(contoso)).body.id;
    expect((await h.api('GET', '/contacts')).status).toBe(401);
    const agent = await h.api('GET', '/contacts', { as: ann });
    expect(agent.status).toBe(403);
    expect(agent.body.error.code).toBe('missingRole');
    expect((await create(contoso, ann)).status).toBe(403);
    const otherTenant = await h.token(dee, { roles: ['Supervisor'] });
    expect((await h.api('GET', `/contacts/${id}`, { token: otherTenant })).status).toBe(404);
    expect((await h.api('GET', '/contacts', { token: otherTenant })).body.contacts).toEqual([]);
    expect((await h.api('DELETE', `/contacts/${id}`, { token: otherTenant })).status).toBe(404);
    const admin = await h.token(dee, { roles: ['Admin'] });
    expect((await h.api('GET', '/contacts', { token: admin })).status).toBe(200);
  });
});
