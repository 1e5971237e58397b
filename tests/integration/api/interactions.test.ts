import {
  type ApiHarness,
  ann,
  backends,
  bo,
  cy,
  dee,
  fabrikamNumber,
  mainNumber,
  northwind,
  startApiCenter,
  sue,
} from './api-harness';

describe.each(backends())('interactions through the API on %s', (_name, store) => {
  let h: ApiHarness;
  beforeEach(async () => {
    h = await startApiCenter({ store });
  });
  afterEach(() => h.close());

  const notReady = (as: string) =>
    h.api('PUT', '/me/status', { as, body: { status: 'notReady', reason: 'break' } });
  const agentState = (id: string) => h.store.agents.get(northwind, id);
  /** A caller picks Sales in the menu and hears music; resolves with their line and interaction ids. */
  async function queueForSales(from = '+14255550123') {
    const leg = await h.dial(mainNumber, from);
    await h.until(
      () => h.control('GET', `/_sim/pstn/calls/${leg}`),
      (l) => l.body.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.control('POST', `/_sim/pstn/calls/${leg}/dtmf`, { tones: '1' });
    const queued = await h.until(
      () => h.store.events.list({ tenantId: northwind }),
      (events) => events.some((e) => e.name === 'queued' && !seen.has(e.interactionId!)),
    );
    const id = queued.find((e) => e.name === 'queued' && !seen.has(e.interactionId!))!.interactionId!;
    seen.add(id);
    return { leg, id };
  }
  const seen = new Set<string>();
  /** Ann takes a Sales call in Teams: the bot has the transfer's completion and Teams shows her in the call. */
  async function callHandledByAnn() {
    await notReady(bo);
    const call = await queueForSales();
    await h.until(async () => (await h.user(ann)).ringing.length > 0, Boolean);
    await h.control('POST', `/_sim/users/${ann}/answer`, {});
    // Two facts that reach the bot in either order: the transfer's completion and Ann's presence.
    await h.until(
      () => h.store.interactions.get(northwind, call.id),
      (i) => i?.state.kind === 'connected',
    );
    await h.until(
      () => agentState(ann),
      (a) => a?.callSeenInTeams === true,
    );
    return call;
  }
  const hangUp = async (leg: string) => {
    await h.control('POST', `/_sim/pstn/calls/${leg}/hangup`, {});
  };

  it('shows the call an agent is on, then wraps it up with a disposition and notes, and lists it for today', async () => {
    const { leg, id } = await callHandledByAnn();
    const during = await h.api('GET', '/me/interactions', { as: ann });
    expect(during.status).toBe(200);
    expect(during.body.current).toMatchObject({
      id,
      caller: '+14255550123',
      dialled: mainNumber,
      queue: { id: 'sales', name: 'Sales' },
      state: 'connected',
      agentId: ann,
      disposition: null,
    });
    const detail = await h.api('GET', `/interactions/${id}`, { as: ann });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id, state: 'connected', ivrPath: [{ menuId: 'root', key: '1' }] });
    expect(detail.body.waitedMs).toEqual(expect.any(Number));
    expect(detail.body.timeline.map((e: any) => e.name)).toEqual([
      'arrived',
      'ivrSelection',
      'queued',
      'offered',
      'connected',
    ]);

    await hangUp(leg);
    await h.until(
      () => agentState(ann),
      (a) => a?.status === 'wrapUp',
    );
    const wrapped = await h.api('POST', `/interactions/${id}/wrapup`, {
      as: ann,
      body: { disposition: 'resolved', notes: 'Upgraded to the annual plan' },
    });
    expect(wrapped.status).toBe(200);
    expect(wrapped.body).toMatchObject({
      interactionId: id,
      disposition: 'resolved',
      note: { text: 'Upgraded to the annual plan', authorId: ann, interactionId: id },
      agent: { status: 'available', reason: null },
    });
    expect((await agentState(ann))?.status).toBe('available');

    const after = await h.api('GET', '/me/interactions', { as: ann });
    expect(after.body.current).toBeNull();
    expect(after.body.today).toMatchObject([
      { id, state: 'ended', endReason: 'handled', disposition: 'resolved' },
    ]);
    const done = await h.api('GET', `/interactions/${id}`, { as: ann });
    expect(done.body).toMatchObject({
      disposition: 'resolved',
      notes: [{ text: 'Upgraded to the annual plan' }],
    });
    expect(done.body.timeline.at(-1)).toMatchObject({
      name: 'wrappedUp',
      agentId: ann,
      data: { disposition: 'resolved' },
    });

    const again = await h.api('POST', `/interactions/${id}/wrapup`, {
      as: ann,
      body: { disposition: 'follow-up' },
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'alreadyWrappedUp' } } });
  });

  it('lets only the agent who handled an interaction wrap it up', async () => {
    const { id } = await callHandledByAnn();
    const byBo = await h.api('POST', `/interactions/${id}/wrapup`, {
      as: bo,
      body: { disposition: 'resolved' },
    });
    expect(byBo).toMatchObject({ status: 403, body: { error: { code: 'notYourInteraction' } } });
    await notReady(ann);
    await notReady(cy);
    const waiting = await queueForSales('+14255550999');
    const early = await h.api('POST', `/interactions/${waiting.id}/wrapup`, {
      as: bo,
      body: { disposition: 'resolved' },
    });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'notHandled' } } });
    expect(
      (await h.store.events.list({ tenantId: northwind })).filter((e) => e.name === 'wrappedUp'),
    ).toEqual([]);
  });

  it('gives the caller’s earlier interactions with this tenant as customer context, never another tenant’s', async () => {
    await notReady(ann);
    await notReady(bo);
    const first = await queueForSales('+14255550777');
    await hangUp(first.leg);
    await queueForSales('+14255550888');
    await h.dial(fabrikamNumber, '+14255550777');
    const second = await queueForSales('+14255550777');
    await h.until(
      () => h.store.events.list({ tenantId: '7b7b7b7b-1111-4222-8333-444455556666' }),
      (e) => e.some((x) => x.name === 'queued'),
    );
    const detail = await h.api('GET', `/interactions/${second.id}`, { as: ann });
    expect(detail.body.customer).toMatchObject({
      caller: '+14255550777',
      previous: [{ id: first.id, caller: '+14255550777', state: 'ended', endReason: 'abandonedInQueue' }],
    });
    expect(detail.body.customer.previous).toHaveLength(1);
  });

  it('takes notes from agents and supervisors, and answers 404 for another tenant’s interaction', async () => {
    await notReady(ann);
    await notReady(bo);
    const { id } = await queueForSales();
    const bySue = await h.api('POST', `/interactions/${id}/notes`, {
      as: sue,
      body: { text: '  VIP: renewal due  ' },
    });
    expect(bySue.status).toBe(201);
    expect(bySue.body).toEqual({
      id: expect.any(String),
      interactionId: id,
      authorId: sue,
      at: expect.any(String),
      text: 'VIP: renewal due',
    });
    const seenBySue = await h.api('GET', `/interactions/${id}`, { as: sue });
    expect(seenBySue.body.notes).toEqual([bySue.body]);

    for (const [method, path, body] of [
      ['GET', `/interactions/${id}`, undefined],
      ['POST', `/interactions/${id}/notes`, { text: 'not mine' }],
      ['POST', `/interactions/${id}/wrapup`, { disposition: 'done' }],
    ] as const) {
      const answer = await h.api(method, path, { as: dee, ...(body ? { body } : {}) });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ error: { code: 'interactionNotFound', message: expect.any(String) } });
    }
    expect((await h.store.notes.list(northwind, id)).map((n) => n.text)).toEqual(['VIP: renewal due']);
    const unknown = await h.api('GET', '/interactions/00000000-0000-4000-8000-000000000000', { as: ann });
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'interactionNotFound' } } });
  });
});
