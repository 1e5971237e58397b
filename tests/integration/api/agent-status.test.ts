import { type ApiHarness, ann, backends, bo, northwind, startApiCenter } from './api-harness';

describe.each(backends())('an agent’s status and queues through the API on %s', (_name, store) => {
  let h: ApiHarness;
  beforeEach(async () => {
    h = await startApiCenter({ store });
  });
  afterEach(() => h.close());

  const setStatus = (as: string, status: string, reason?: string) =>
    h.api('PUT', '/me/status', { as, body: reason === undefined ? { status } : { status, reason } });
  const ringsFor = async (id: string) => (await h.user(id)).ringing.length > 0;
  const waitingInSales = async () => (await h.store.interactions.queueLengths(northwind)).sales ?? 0;

  it('shows the agent who they are, their roles, status and queues with callers waiting', async () => {
    await setStatus(ann, 'notReady', 'break');
    await setStatus(bo, 'notReady', 'lunch');
    await h.dial();
    await h.until(waitingInSales, (n) => n === 1);
    // Teams presence comes from the poller; the first reading fills it in.
    const me = await h.until(
      () => h.api('GET', '/me', { as: bo }),
      (answer) => answer.body.presence !== null,
    );
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: bo,
      name: 'Bo Both',
      tenantId: northwind,
      roles: ['Agent'],
      status: 'notReady',
      reason: 'lunch',
      since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      presence: { availability: 'Available', activity: 'Available' },
      interactionId: null,
      queues: [
        { id: 'sales', name: 'Sales', signedIn: true, waiting: 1, wrapUpSeconds: 120 },
        { id: 'support', name: 'Support', signedIn: true, waiting: 0, wrapUpSeconds: 0 },
      ],
      wrapUpCodes: [
        { id: 'resolved', name: 'Resolved' },
        { id: 'follow-up', name: 'Follow-up' },
      ],
      notReadyReasons: ['break', 'lunch', 'meeting', 'training', 'admin'],
    });
  });

  it('takes an agent not ready and back to available, and routing then offers them the waiting call', async () => {
    const notReady = await setStatus(ann, 'notReady', 'Coaching with Sue');
    expect(notReady).toMatchObject({
      status: 200,
      body: { status: 'notReady', reason: 'Coaching with Sue' },
    });
    await setStatus(bo, 'notReady', 'break');
    await h.dial();
    await h.until(waitingInSales, (n) => n === 1);
    await new Promise((r) => setTimeout(r, 400));
    expect(await ringsFor(ann)).toBe(false);
    const available = await setStatus(ann, 'available');
    expect(available).toMatchObject({ status: 200, body: { status: 'available', reason: null } });
    await h.until(() => ringsFor(ann), Boolean, 3000);
    expect(await ringsFor(bo)).toBe(false);
    const states = (await h.store.events.list({ tenantId: northwind }))
      .filter((e) => e.name === 'agentState' && e.agentId === ann)
      .map((e) => [e.data.status, e.data.reason]);
    expect(states).toEqual([
      ['notReady', 'Coaching with Sue'],
      ['available', null],
      ['reserved', null],
    ]);
  });

  it('refuses a status change while a call rings for the agent: 409, status kept', async () => {
    await setStatus(bo, 'notReady', 'break');
    await h.dial();
    await h.until(() => ringsFor(ann), Boolean);
    const refused = await setStatus(ann, 'offline');
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'agentInCall' } } });
    expect((await h.api('GET', '/me', { as: ann })).body.status).toBe('reserved');
  });

  it('leaves the status and its start alone when the agent sets the one they have', async () => {
    const first = await setStatus(ann, 'notReady', 'break');
    const again = await setStatus(ann, 'notReady', 'break');
    expect(again.body).toEqual(first.body);
  });

  it('stops offering a queue’s calls to an agent who opted out of it', async () => {
    const out = await h.api('PUT', '/me/queues/sales', { as: ann, body: { signedIn: false } });
    expect(out).toMatchObject({ status: 200, body: { id: 'sales', name: 'Sales', signedIn: false } });
    await h.dial();
    await h.until(() => ringsFor(bo), Boolean);
    expect(await ringsFor(ann)).toBe(false);
    expect((await h.api('GET', '/me', { as: ann })).body.queues).toEqual([
      { id: 'sales', name: 'Sales', signedIn: false, waiting: 0, wrapUpSeconds: 120 },
    ]);
  });

  it('offers a waiting call at once to an agent who opts in to its queue', async () => {
    await h.api('PUT', '/me/queues/sales', { as: ann, body: { signedIn: false } });
    await setStatus(bo, 'notReady', 'break');
    await h.dial();
    await h.until(waitingInSales, (n) => n === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await ringsFor(ann)).toBe(false);
    const optIn = await h.api('PUT', '/me/queues/sales', { as: ann, body: { signedIn: true } });
    expect(optIn).toMatchObject({ status: 200, body: { id: 'sales', signedIn: true } });
    // The harness keeps routing's sweep out of the way: only the opt-in's own wake-up can offer it.
    await h.until(() => ringsFor(ann), Boolean, 3000);
    const logged = (await h.store.events.list({ tenantId: northwind })).filter(
      (e) => e.name === 'agentQueues',
    );
    expect(logged.map((e) => e.data)).toEqual([
      { queueId: 'sales', signedIn: false, signedInQueues: [] },
      { queueId: 'sales', signedIn: true, signedInQueues: ['sales'] },
    ]);
  });

  it('refuses a queue the agent does not belong to (403) and one the tenant does not have (404)', async () => {
    expect(await h.api('PUT', '/me/queues/support', { as: ann, body: { signedIn: true } })).toMatchObject({
      status: 403,
      body: { error: { code: 'notQueueMember' } },
    });
    expect(await h.api('PUT', '/me/queues/general', { as: ann, body: { signedIn: true } })).toMatchObject({
      status: 404,
      body: { error: { code: 'queueNotFound' } },
    });
  });
});
