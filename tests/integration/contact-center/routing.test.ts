import { Client } from 'pg';
import { backends } from './backends';
import { ann, bo, type CenterHarness, cy, postgresUrl, startCenter, tenantId } from './harness';

const busy = { availability: 'Busy', activity: 'InAMeeting' };
const free = { availability: 'Available', activity: 'Available' };

describe.each(backends())('routing on %s', (_name, store) => {
  let h: CenterHarness;
  beforeEach(async () => {
    h = await startCenter({ store });
  });
  afterEach(() => h.close());

  const setPresence = (id: string, presence: typeof busy) =>
    h.control('POST', `/_sim/users/${id}/presence`, presence);
  const ringsFor = async (id: string) => (await h.user(id)).ringing.length > 0;
  /** Dials, waits for the menu and presses a key; resolves with the line id. */
  async function queueIn(key: string, from = '+14255550123') {
    const leg = await h.dial(undefined, from);
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, key);
    await h.until(
      () => h.events('queued'),
      (e) => e.some((x) => x.data.queueId && x.interactionId) && e.length > 0,
    );
    return leg;
  }
  const settle = () => new Promise((r) => setTimeout(r, 600));

  it('offers a skills-based call to the agent with the highest level of the required skill', async () => {
    await queueIn('2');
    await h.until(() => ringsFor(cy), Boolean);
    expect(await ringsFor(bo)).toBe(false);
  });

  it('gives the missed call to the next agent and makes the one who missed it not ready', async () => {
    await queueIn('2');
    await h.until(() => ringsFor(cy), Boolean);
    await h.control('POST', `/_sim/users/${cy}/decline`, {});
    await h.until(() => ringsFor(bo), Boolean);
    const missed = await h.until(
      () => h.store.agents.get(tenantId, cy),
      (a) => a?.status === 'notReady',
    );
    expect(missed).toMatchObject({ status: 'notReady', reason: 'missed' });
    expect((await h.events('missed'))[0]!.data).toMatchObject({ queueId: 'support', agentId: cy });
  });

  it('treats an agent who does not answer in time as a miss, the caller first in line again with music', async () => {
    await setPresence(bo, busy);
    const leg = await queueIn('2');
    await h.until(() => ringsFor(cy), Boolean);
    // The simulator rings for 20 s (1 s at speed 20); nobody answers.
    const back = await h.until(
      () => h.events('missed'),
      (e) => e.length === 1,
      6000,
    );
    expect(back[0]!.data.agentId).toBe(cy);
    const line = await h.until(
      () => h.line(leg),
      (l) => l.heard.filter((p: any) => p.uri.endsWith('/music-on-hold.wav')).length >= 2,
    );
    expect(line.connectedTo).toMatchObject({ kind: 'bot' });
    await setPresence(bo, free);
    await h.until(() => ringsFor(bo), Boolean);
  });

  it('follows the serial order, skipping an agent Teams shows as busy', async () => {
    await setPresence(cy, busy);
    await settle();
    await queueIn('4');
    await h.until(() => ringsFor(bo), Boolean);
    expect(await ringsFor(cy)).toBe(false);
  });

  it('never offers a call to agents whose Teams presence is not Available, and offers it once one is', async () => {
    for (const id of [ann, bo]) await setPresence(id, busy);
    await settle();
    await queueIn('1');
    await settle();
    expect([await ringsFor(ann), await ringsFor(bo)]).toEqual([false, false]);
    await setPresence(bo, free);
    await h.until(() => ringsFor(bo), Boolean);
  });

  it('offers a waiting call the moment Teams shows an available agent free, not at the next sweep', async () => {
    await h.close();
    h = await startCenter({ store, routingSweepMs: 600_000 });
    for (const id of [ann, bo]) await setPresence(id, busy);
    await settle();
    await queueIn('1');
    await settle();
    await setPresence(bo, free);
    await h.until(() => ringsFor(bo), Boolean);
  });

  it('serves higher priority first: an overflow at priority 1 goes ahead of earlier callers', async () => {
    for (const id of [ann, bo]) await setPresence(id, busy);
    await settle();
    const first = await queueIn('1', '+14255550111');
    // The tiny queue sends its caller to sales at priority 1 after 2 s.
    const second = await queueIn('3', '+14255550222');
    await h.until(
      () => h.events('overflowed'),
      (e) => e.some((x) => x.data.reason === 'maxWait'),
      6000,
    );
    await setPresence(ann, free);
    const ringing = await h.until(
      () => h.user(ann),
      (u) => u.ringing.length === 1,
    );
    expect(ringing.ringing[0].from).toBe('+14255550222');
    expect((await h.line(first)).connectedTo).toMatchObject({ kind: 'bot' });
    expect(second).toBeDefined();
  });

  it('counts a caller who hangs up while waiting as abandoned', async () => {
    for (const id of [ann, bo]) await setPresence(id, busy);
    const leg = await queueIn('1');
    await new Promise((r) => setTimeout(r, 300));
    await h.control('POST', `/_sim/pstn/calls/${leg}/hangup`, {});
    const abandoned = await h.until(
      () => h.events('abandoned'),
      (e) => e.length === 1,
    );
    expect(abandoned[0]!.data.queueId).toBe('sales');
    expect(abandoned[0]!.data.waitedMs).toBeGreaterThanOrEqual(250);
    const ended = await h.until(
      () => h.events('ended'),
      (e) => e.length === 1,
    );
    expect(ended[0]!.data.reason).toBe('abandonedInQueue');
  });
});

// Only PostgreSQL runs transactions at once, so only there can a router meet a caller's row held by another.
const postgresOnly = backends().filter(([name]) => name === 'PostgreSQL');
if (postgresOnly.length > 0)
  describe.each(postgresOnly)('routing while a caller’s row is held, on %s', (_name, store) => {
    let h: CenterHarness;
    let probe: Client;
    beforeEach(async () => {
      h = await startCenter({ store, routingSweepMs: 600_000 });
      probe = new Client({ connectionString: postgresUrl });
      await probe.connect();
    });
    afterEach(async () => {
      await probe.end();
      await h.close();
    });
    const setPresence = (id: string, presence: typeof busy) =>
      h.control('POST', `/_sim/users/${id}/presence`, presence);
    const transactionsWaitingForALock = async () =>
      Number((await probe.query('select count(*) as n from pg_locks where not granted')).rows[0].n);

    it('waits for the first caller while a notification holds them, then offers them before the caller behind', async () => {
      for (const id of [ann, bo, cy]) await setPresence(id, busy);
      for (const from of ['+14255550111', '+14255550222']) {
        const leg = await h.dial(undefined, from);
        await h.until(
          () => h.line(leg),
          (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
        );
        await h.press(leg, '1');
      }
      const queued = await h.until(
        () => h.events('queued'),
        (e) => e.length === 2,
      );
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // As a notification for the first caller would, mid-processing.
      const holding = h.store.transaction(async (tx) => {
        await tx.interactions.lock(tenantId, queued[0]!.interactionId!);
        await held;
      });
      await setPresence(bo, free);
      await h.until(transactionsWaitingForALock, (n) => n > 0);
      expect((await h.user(bo)).ringing).toEqual([]);
      release();
      await holding;
      const ringing = await h.until(
        () => h.user(bo),
        (u) => u.ringing.length === 1,
      );
      expect(ringing.ringing[0].from).toBe('+14255550111');
    });
  });
