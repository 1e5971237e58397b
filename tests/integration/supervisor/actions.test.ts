import {
  type ApiHarness,
  ann,
  backends,
  bo,
  cy,
  northwind,
  startSupervisorCenter,
  sue,
} from './supervisor-harness';

describe.each(backends())('supervisor actions through the API on %s', (_name, store) => {
  let h: ApiHarness;
  beforeEach(async () => {
    h = await startSupervisorCenter({ store });
  });
  afterEach(() => h.close());

  const setStatus = (agentId: string, body: unknown, as = sue) =>
    h.api('PUT', `/supervisor/agents/${agentId}/status`, { as, body });
  const audits = async () =>
    (await h.store.events.list({ tenantId: northwind })).filter((e) => e.name === 'supervisorAction');
  /** Everyone not ready, a caller waits in Sales; resolves with their line and interaction. */
  async function waitingInSales() {
    for (const agent of [ann, bo, cy]) await setStatus(agent, { status: 'notReady', reason: 'meeting' });
    const leg = await h.dial();
    const events = await h.until(
      () => h.store.events.list({ tenantId: northwind }),
      (list) => list.some((e) => e.name === 'queued'),
    );
    return { leg, id: events.find((e) => e.name === 'queued')!.interactionId! };
  }

  it('changes an agent’s state and signs them out, each audited with actor, target, before and after', async () => {
    const changed = await setStatus(bo, { status: 'notReady', reason: 'coaching' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({
      action: 'setAgentStatus',
      actorId: sue,
      target: { kind: 'agent', id: bo },
      before: { status: 'available', reason: null },
      after: { status: 'notReady', reason: 'coaching' },
      at: expect.any(String),
    });
    expect(await h.store.agents.get(northwind, bo)).toMatchObject({ status: 'notReady', reason: 'coaching' });
    const out = await h.api('POST', `/supervisor/agents/${ann}/signout`, { as: sue });
    expect(out.body).toMatchObject({ action: 'signOutAgent', after: { status: 'offline' } });
    expect((await h.store.agents.get(northwind, ann))?.status).toBe('offline');
    expect((await audits()).map((e) => [e.agentId, e.data.action, e.data.actorId])).toEqual([
      [bo, 'setAgentStatus', sue],
      [ann, 'signOutAgent', sue],
    ]);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const audit = await h.api('GET', `/supervisor/audit?from=${day}&to=${day}`, { as: sue });
    expect(audit.body.actions).toEqual([
      expect.objectContaining({ action: 'signOutAgent', actorId: sue, target: { kind: 'agent', id: ann } }),
      { ...changed.body, seq: expect.any(Number) },
    ]);
  });

  it('moves a waiting call to another queue and raises its priority, through the call state machine', async () => {
    const { id } = await waitingInSales();
    const moved = await h.api('POST', `/supervisor/interactions/${id}/move`, {
      as: sue,
      body: { queueId: 'support' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      action: 'moveToQueue',
      actorId: sue,
      target: { kind: 'interaction', id },
      before: { queueId: 'sales', priority: 3 },
      after: { queueId: 'support', priority: 3 },
    });
    const raised = await h.api('PUT', `/supervisor/interactions/${id}/priority`, {
      as: sue,
      body: { priority: 1 },
    });
    expect(raised.body).toMatchObject({
      before: { priority: 3 },
      after: { queueId: 'support', priority: 1 },
    });
    expect((await h.store.interactions.get(northwind, id))?.state).toMatchObject({
      kind: 'queued',
      queueId: 'support',
      priority: 1,
    });
    const names = (await h.store.events.list({ tenantId: northwind, interactionId: id })).map((e) => e.name);
    expect(names).toEqual([
      'arrived',
      'queued',
      'moved',
      'queued',
      'supervisorAction',
      'prioritised',
      'supervisorAction',
    ]);
    // Cy serves Support: made available, the moved caller rings for them.
    await setStatus(cy, { status: 'available' });
    await h.until(
      async () => (await h.user(cy)).ringing.length,
      (n) => n > 0,
    );
  });

  it('refuses to act on a call that no longer waits, and names wrong inputs', async () => {
    const { leg, id } = await waitingInSales();
    const nowhere = await h.api('POST', `/supervisor/interactions/${id}/move`, {
      as: sue,
      body: { queueId: 'nowhere' },
    });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.details[0]).toMatchObject({ in: 'body', field: 'queueId' });
    const nine = await h.api('PUT', `/supervisor/interactions/${id}/priority`, {
      as: sue,
      body: { priority: 9 },
    });
    expect(nine.body.error.details).toEqual([
      { in: 'body', field: 'priority', message: 'expected a whole number 1-5' },
    ]);
    const reasonless = await setStatus(bo, { status: 'notReady' });
    expect(reasonless.body.error.details[0]).toMatchObject({ field: 'reason' });
    const stranger = await setStatus('0e000000-0000-4000-8000-000000000000', { status: 'available' });
    expect(stranger.status).toBe(404);
    await h.control('POST', `/_sim/pstn/calls/${leg}/hangup`, {});
    await h.until(
      async () => (await h.store.interactions.get(northwind, id))?.state.kind,
      (k) => k === 'ended',
    );
    const late = await h.api('POST', `/supervisor/interactions/${id}/move`, {
      as: sue,
      body: { queueId: 'support' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('notWaiting');
    expect((await audits()).filter((e) => e.interactionId === id)).toEqual([]);
  });

  it('refuses agents (403) on every supervisor route, and anyone without a token (401)', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const routes: [string, string, unknown?][] = [
      ['GET', '/supervisor/queues'],
      ['GET', '/supervisor/agents'],
      ['GET', '/supervisor/intraday'],
      ['GET', '/supervisor/report?from=2026-01-01&to=2026-01-01'],
      ['GET', '/supervisor/report/csv?from=2026-01-01&to=2026-01-01'],
      ['GET', '/supervisor/interactions?from=2026-01-01&to=2026-01-01'],
      ['GET', '/supervisor/interactions/csv?from=2026-01-01&to=2026-01-01'],
      ['GET', '/supervisor/stream'],
      ['PUT', `/supervisor/agents/${bo}/status`, { status: 'available' }],
      ['POST', `/supervisor/agents/${bo}/signout`],
      ['POST', `/supervisor/interactions/${id}/move`, { queueId: 'support' }],
      ['PUT', `/supervisor/interactions/${id}/priority`, { priority: 1 }],
      ['GET', '/supervisor/audit?from=2026-01-01&to=2026-01-01'],
    ];
    for (const [method, path, body] of routes) {
      const agent = await h.api(method, path, { as: ann, body });
      expect([path, agent.status, agent.body.error.code]).toEqual([path, 403, 'missingRole']);
      expect([path, (await h.api(method, path, { body })).status]).toEqual([path, 401]);
    }
    expect(await audits()).toEqual([]);
  });
});
