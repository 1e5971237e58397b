import { join } from 'node:path';
import { backends } from '../contact-center/backends';
import { ann, bo, type CenterHarness, startCenter } from '../contact-center/harness';

const configFile = join(__dirname, 'extras-center.yaml');

describe.each(backends())('escalation on %s', (_name, store) => {
  let h: CenterHarness;
  beforeEach(async () => {
    h = await startCenter({ store, configFile });
  });
  afterEach(() => h.close());

  const ringing = async (id: string) => (await h.user(id)).ringing as { from: string }[];
  /** Dials, waits for the menu and presses a key: the caller is queued. */
  async function queueIn(key: string) {
    const leg = await h.dial();
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: { uri: string }) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, key);
    await h.until(
      () => h.events('queued'),
      (e) => e.length === 1,
    );
    return leg;
  }
  /** Event names in log order, from the first `queued` on. */
  const sequence = async () => (await h.events()).map((e) => e.name).filter((n) => n !== 'agentState');

  it('offers a caller nobody qualifies for to an agent of lower level only once the step applies, and logs it', async () => {
    await queueIn('1');
    // Before the step, Bo (support 2) is not offered the call, though available.
    expect(await ringing(bo)).toEqual([]);
    const [escalated] = await h.until(
      () => h.events('escalated'),
      (e) => e.length === 1,
    );
    expect(escalated!.data).toMatchObject({
      queueId: 'expert',
      step: 1,
      afterSeconds: 2,
      skills: { support: 2 },
      agentsFrom: ['expert'],
    });
    expect(escalated!.data.waitedMs).toBeGreaterThanOrEqual(2000);
    await h.until(
      () => ringing(bo),
      (r) => r.length === 1,
    );
    const [offered] = await h.events('offered');
    expect(offered!.data).toMatchObject({ queueId: 'expert', agentId: bo });
    expect(offered!.data.waitedMs).toBeGreaterThanOrEqual(2000);
    expect(await sequence()).toEqual(['arrived', 'ivrSelection', 'queued', 'escalated', 'offered']);
    await h.control('POST', `/_sim/users/${bo}/answer`, {});
    await h.until(
      () => h.events('connected'),
      (e) => e.length === 1,
    );
    // Applied once: no second event however long the call lasted in the queue.
    expect(await h.events('escalated')).toHaveLength(1);
  });

  it('adds another queue’s agents after the step’s delay', async () => {
    await queueIn('2');
    expect(await ringing(ann)).toEqual([]);
    await h.until(
      () => ringing(ann),
      (r) => r.length === 1,
    );
    const [escalated] = await h.events('escalated');
    expect(escalated!.data).toMatchObject({ queueId: 'billing', agentsFrom: ['billing', 'sales'] });
    const [offered] = await h.events('offered');
    expect(offered!.data).toMatchObject({ queueId: 'billing', agentId: ann });
    expect(await sequence()).toEqual(['arrived', 'ivrSelection', 'queued', 'escalated', 'offered']);
  });
});
