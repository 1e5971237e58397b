import { type ApiHarness, ann, backends, bo, northwind, startApiCenter } from './api-harness';
import { openStream, type SseClient } from './sse-client';

describe.each(backends())('the realtime stream on %s', (_name, store) => {
  let h: ApiHarness;
  const open: SseClient[] = [];
  beforeEach(async () => {
    h = await startApiCenter({ store });
  });
  afterEach(async () => {
    for (const stream of open.splice(0)) stream.close();
    await h.close();
  });

  const stream = async (as: string, headers: Record<string, string> = {}) => {
    const client = await openStream(`${h.server.url}/api/v1/stream`, {
      authorization: `Bearer ${await h.token(as)}`,
      ...headers,
    });
    open.push(client);
    expect(client.status).toBe(200);
    await client.live();
    return client;
  };
  const setStatus = (as: string, status: string, reason?: string) =>
    h.api('PUT', '/me/status', { as, body: reason === undefined ? { status } : { status, reason } });

  it('delivers an offered event, with who is calling, within 1 s of the offer', async () => {
    const annStream = await stream(ann);
    await setStatus(bo, 'notReady', 'break');
    await h.dial(undefined, '+14255550142');
    const offered = await annStream.next((e) => e.event === 'offered');
    const [logged] = (await h.store.events.list({ tenantId: northwind })).filter((e) => e.name === 'offered');
    expect(offered.id).toBe(String(logged!.seq));
    expect(offered.data).toMatchObject({
      seq: logged!.seq,
      name: 'offered',
      agentId: null,
      interactionId: logged!.interactionId,
      data: { agentId: ann, queueId: 'sales' },
      interaction: { caller: '+14255550142', queue: { id: 'sales', name: 'Sales' } },
    });
    expect(offered.receivedAt - logged!.at).toBeLessThan(1000);
    // Her state change to reserved came in the same transaction; the stream keeps the log's order.
    await annStream.next((e) => e.event === 'agentState' && e.data.data.status === 'reserved');
    const ids = annStream.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('carries the agent’s own changes and offers only: nothing of another agent', async () => {
    const annStream = await stream(ann);
    await setStatus(bo, 'notReady', 'lunch');
    await setStatus(ann, 'notReady', 'break');
    const mine = await annStream.next((e) => e.event === 'agentState');
    expect(mine.data).toMatchObject({ agentId: ann, data: { status: 'notReady', reason: 'break' } });
    expect(annStream.events.filter((e) => e.data.agentId === bo)).toEqual([]);
  });

  it('resumes after a reconnect with Last-Event-ID, delivering every event it missed in order', async () => {
    const first = await stream(ann);
    await setStatus(ann, 'notReady', 'break');
    const last = await first.next((e) => e.event === 'agentState');
    first.close();
    // While the tab is away:
    await setStatus(ann, 'available');
    await h.api('PUT', '/me/queues/sales', { as: ann, body: { signedIn: false } });
    await setStatus(ann, 'notReady', 'lunch');
    const missed = (await h.store.events.list({ tenantId: northwind, afterSeq: Number(last.id) })).filter(
      (e) => e.agentId === ann,
    );
    expect(missed.map((e) => e.name)).toEqual(['agentState', 'agentQueues', 'agentState']);

    const again = await stream(ann, { 'last-event-id': last.id! });
    expect(again.events.map((e) => [e.id, e.event])).toEqual(missed.map((e) => [String(e.seq), e.name]));
    // And it goes on live after the replay.
    await setStatus(ann, 'available');
    const live = await again.next(
      (e) =>
        e.event === 'agentState' && e.data.data.status === 'available' && Number(e.id) > missed.at(-1)!.seq,
    );
    expect(live.data.data).toMatchObject({ previous: 'notReady' });
  });

  it('resumes from ?lastEventId= for an EventSource opened anew, with the token in access_token', async () => {
    await setStatus(ann, 'notReady', 'break');
    const [first] = await h.store.events.list({ tenantId: northwind });
    await setStatus(ann, 'available');
    const token = await h.token(ann);
    const resumed = await openStream(
      `${h.server.url}/api/v1/stream?access_token=${token}&lastEventId=${first!.seq}`,
    );
    open.push(resumed);
    await resumed.live();
    expect(resumed.events.map((e) => e.data.data.status)).toEqual(['available']);
  });
});
