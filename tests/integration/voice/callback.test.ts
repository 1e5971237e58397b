import { and, eq } from 'drizzle-orm';
import { timers } from '../../../src/store/schema';
import {
  ann,
  backends,
  bo,
  callbacksNumber,
  startVoiceCenter,
  tenantId,
  type VoiceHarness,
} from './voice-harness';

const heard = (line: any, name: string) => line.heard.some((p: any) => p.uri.endsWith(`/${name}.wav`));

// Whole calls through the simulator, several per test, on a machine other suites share.
jest.setTimeout(60_000);

describe.each(backends())('callbacks on %s', (_name, store) => {
  let h: VoiceHarness;
  beforeEach(async () => {
    h = await startVoiceCenter({ store });
    // Nobody free: callers wait.
    await h.setPresence(ann, 'Busy', 'InAMeeting');
    await h.setPresence(bo, 'Busy', 'InAMeeting');
  });
  afterEach(() => h.close());

  /** A caller waits, hears the offer and asks to be called back at their caller id; resolves with the interaction. */
  async function askForCallback(from: string, keys: string[]): Promise<string> {
    const leg = await h.dial(callbacksNumber, from);
    await h.until(
      () => h.line(leg),
      (l) => heard(l, 'callback-offer'),
    );
    await h.press(leg, '1');
    await h.until(
      () => h.line(leg),
      (l) => heard(l, 'callback-confirm-number'),
    );
    if (keys.length === 1) await h.press(leg, keys[0]!);
    else {
      // Another number: 2, then (as a person does, once asked) the digits and #.
      await h.press(leg, keys[0]!);
      await h.until(
        () => h.line(leg),
        (l) => heard(l, 'callback-enter-number'),
      );
      await h.press(leg, keys[1]!);
    }
    const done = await h.until(
      () => h.line(leg),
      (l) => l.state === 'ended',
      15_000,
    );
    expect(heard(done, 'callback-confirmed')).toBe(true);
    expect(done.endReason).toMatch(/bot/);
    const requested = await h.until(
      () => h.events('callbackRequested'),
      (e) => e.length > 0,
    );
    return requested.at(-1)!.interactionId as string;
  }

  it('keeps the caller in place, calls them back from the dialled number, and connects them to the agent on 1', async () => {
    const first = await askForCallback('+14255550123', ['1']);
    const later = await h.dial(callbacksNumber, '+14255550124');
    await h.until(
      () => h.line(later),
      (l) => heard(l, 'music-on-hold'),
    );
    const waiting = await h.store.interactions.get(tenantId, first);
    expect(waiting!.state).toMatchObject({
      kind: 'queued',
      queueId: 'cb',
      callback: { number: '+14255550123', attempts: 0 },
    });

    // Ann is free: the callback, first in line, is hers; the caller who stayed on the line still waits.
    await h.setPresence(ann, 'Available');
    const [ringing] = await h.until(
      () => h.outbound('+14255550123'),
      (legs) => legs.length === 1,
    );
    expect(ringing).toMatchObject({ from: callbacksNumber, state: 'ringing' });
    expect((await h.store.agents.get(tenantId, ann))!.status).toBe('reserved');
    await h.control('POST', `/_sim/pstn/calls/${ringing.id}/answer`, {});
    await h.until(
      () => h.line(ringing.id),
      (l) => heard(l, 'callback-greeting'),
    );
    expect((await h.user(ann)).ringing).toHaveLength(0);
    await h.press(ringing.id, '1');
    const rings = await h.until(
      () => h.user(ann),
      (u) => u.ringing.length === 1,
    );
    expect(rings.ringing[0]).toMatchObject({ kind: 'transfer' });
    await h.control('POST', `/_sim/users/${ann}/answer`, {});
    const talking = await h.until(
      () => h.line(ringing.id),
      (l) => l.connectedTo?.kind === 'user',
    );
    expect(talking.connectedTo).toMatchObject({ userId: ann });
    // Graph sent the outbound call's notifications to its own callbackUri, which names the interaction.
    expect(talking.notifications.length).toBeGreaterThan(0);
    for (const notification of talking.notifications)
      expect(notification.uri).toBe(`${h.server.url}/api/calling?interaction=${first}&leg=callback`);
    await h.until(
      () => h.store.interactions.get(tenantId, first),
      (i) => i?.state.kind === 'connected',
    );
    const names = (await h.events()).filter((e) => e.interactionId === first).map((e) => e.name);
    expect(names).toEqual(['arrived', 'queued', 'callbackRequested', 'offered', 'connected']);
    const stayed = (await h.store.interactions.held(tenantId)).filter((i) => i.id !== first);
    expect(stayed.map((i) => i.state.kind)).toEqual(['queued']);
  });

  it('keeps a callback across a restart of the server', async () => {
    const id = await askForCallback('+14255550123', ['1']);
    await h.restart();
    expect((await h.store.interactions.get(tenantId, id))!.state).toMatchObject({
      kind: 'queued',
      callback: { number: '+14255550123', attempts: 0 },
    });
    await h.setPresence(ann, 'Available');
    const [ringing] = await h.until(
      () => h.outbound('+14255550123'),
      (legs) => legs.length === 1,
    );
    await h.control('POST', `/_sim/pstn/calls/${ringing.id}/answer`, {});
    await h.until(
      () => h.line(ringing.id),
      (l) => heard(l, 'callback-greeting'),
    );
  });

  it('starts a waiting callback now through the API, skipping its retry spacing', async () => {
    const id = await askForCallback('+14255550123', ['2', '14255550999#']);
    await h.setPresence(ann, 'Available');
    const [first] = await h.until(
      () => h.outbound('+14255550999'),
      (legs) => legs.length === 1,
    );
    await h.control('POST', `/_sim/pstn/calls/${first.id}/hangup`, {});
    await h.until(
      () => h.store.interactions.get(tenantId, id),
      (i) => i?.state.kind === 'callbackDelay',
    );
    const view = await h.api('GET', `/interactions/${id}`, ann);
    expect(view.body).toMatchObject({
      channel: 'voice',
      state: 'callbackDelay',
      callback: { number: '+14255550999', attempts: 1 },
      hasRecording: false,
    });
    const started = await h.api('POST', `/interactions/${id}/callback`, ann);
    expect(started.status).toBe(202);
    await h.until(
      () => h.outbound('+14255550999'),
      (legs) => legs.length === 2,
    );

    // What is no waiting callback, or no interaction of the tenant, or no token, is refused.
    const other = await h.dial(callbacksNumber, '+14255550124');
    await h.until(
      () => h.line(other),
      (l) => heard(l, 'music-on-hold'),
    );
    const plain = (await h.store.interactions.held(tenantId)).find((i) => i.id !== id)!;
    const refused = await h.api('POST', `/interactions/${plain.id}/callback`, ann);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('notACallback');
    expect(
      (await h.api('POST', '/interactions/0b7c2a4e-51f3-4d2e-9a61-3f0c8e2d4b11/callback', ann)).status,
    ).toBe(404);
    expect((await h.api('POST', '/interactions/not-an-id/callback', ann)).status).toBe(400);
    const anonymous = await fetch(`${h.server.url}/api/v1/interactions/${id}/callback`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });

  it('retries a callback nobody answers without holding the agent meanwhile, then gives up', async () => {
    // The caller keys in another number: 2, then the digits and #.
    const id = await askForCallback('+14255550123', ['2', '14255550999#']);
    expect((await h.store.interactions.get(tenantId, id))!.state).toMatchObject({
      callback: { number: '+14255550999', attempts: 0 },
    });
    await h.setPresence(ann, 'Available');
    const [first] = await h.until(
      () => h.outbound('+14255550999'),
      (legs) => legs.length === 1,
    );
    // Declined at the far end.
    await h.control('POST', `/_sim/pstn/calls/${first.id}/hangup`, {});
    const delayed = await h.until(
      () => h.store.interactions.get(tenantId, id),
      (i) => i?.state.kind === 'callbackDelay',
    );
    expect(delayed!.state).toMatchObject({ reason: 'retry', callback: { attempts: 1 } });
    const [attempt] = await h.events('callbackAttempt');
    expect(attempt!.data).toEqual({ queueId: 'cb', attempt: 1, outcome: 'notAnswered' });
    // The agent is free during the spacing, and the next attempt is due retryAfterSeconds (30) later.
    await h.until(
      () => h.store.agents.get(tenantId, ann),
      (a) => a?.status === 'available',
    );
    const [retry] = await h.store.db
      .select()
      .from(timers)
      .where(and(eq(timers.interactionId, id), eq(timers.name, 'callbackRetry')));
    expect(retry!.dueAt - (attempt as any).at).toBe(30_000);

    // The spacing passes (the timer is made due now), and the second call is answered and hung up unheard.
    await h.store.timers.set({ tenantId, interactionId: id, name: 'callbackRetry', dueAt: Date.now() });
    const second = await h.until(
      () => h.outbound('+14255550999'),
      (legs) => legs.length === 2,
    );
    const again = second[1];
    await h.control('POST', `/_sim/pstn/calls/${again.id}/answer`, {});
    await h.until(
      () => h.line(again.id),
      (l) => heard(l, 'callback-greeting'),
    );
    await h.control('POST', `/_sim/pstn/calls/${again.id}/hangup`, {});
    const gaveUp = await h.until(
      () => h.store.interactions.get(tenantId, id),
      (i) => i?.state.kind === 'ended',
    );
    expect(gaveUp!.state).toMatchObject({ kind: 'ended', reason: 'callbackGaveUp' });
    expect((await h.events('callbackAttempt')).map((e) => e.data.outcome)).toEqual(['notAnswered', 'noKey']);
    expect((await h.events('callbackGaveUp'))[0]!.data).toEqual({ queueId: 'cb', attempts: 2 });
    await h.until(
      () => h.store.agents.get(tenantId, ann),
      (a) => a?.status === 'available',
    );
  });
});
