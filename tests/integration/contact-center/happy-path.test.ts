import { backends } from './backends';
import { ann, bo, type CenterHarness, mainNumber, startCenter } from './harness';

describe.each(backends())('a call through the contact center on %s', (_name, store) => {
  let h: CenterHarness;
  beforeEach(async () => {
    h = await startCenter({ store });
  });
  afterEach(() => h.close());

  it('greets, takes the menu choice, queues with music, rings an agent in Teams and connects the caller', async () => {
    const leg = await h.dial();
    const greeted = await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
    );
    expect(greeted.heard[0].uri).toMatch(/\/media\/prompts\/welcome\.wav$/);
    expect(greeted.connectedTo).toMatchObject({ kind: 'bot' });
    // Nobody free yet: the caller waits with music.
    await h.control('POST', `/_sim/users/${ann}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    await h.control('POST', `/_sim/users/${bo}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    await new Promise((r) => setTimeout(r, 400));
    await h.press(leg, '1');
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/music-on-hold.wav')),
    );
    // Ann becomes Available in Teams: the call is offered to her, her Teams rings with the caller's number.
    await h.control('POST', `/_sim/users/${ann}/presence`, {
      availability: 'Available',
      activity: 'Available',
    });
    const ringing = await h.until(
      () => h.user(ann),
      (u) => u.ringing.length === 1,
    );
    expect(ringing.ringing[0]).toMatchObject({ from: '+14255550123', kind: 'transfer' });
    expect((await h.user(bo)).ringing).toHaveLength(0);
    await h.control('POST', `/_sim/users/${ann}/answer`, {});
    const connected = await h.until(
      () => h.line(leg),
      (l) => l.connectedTo?.kind === 'user',
    );
    expect(connected.connectedTo).toMatchObject({ userId: ann });
    const names = (
      await h.until(
        () => h.events(),
        (e) => e.some((x) => x.name === 'connected'),
      )
    ).map((e) => e.name);
    expect(names.filter((n) => n !== 'agentState')).toEqual([
      'arrived',
      'ivrSelection',
      'queued',
      'offered',
      'connected',
    ]);
    const [arrived] = await h.events('arrived');
    expect(arrived!.data).toMatchObject({ caller: '+14255550123', dialled: mainNumber, flowId: 'main' });
    // Ann hangs up in Teams: her presence leaves InACall, the interaction is handled, wrap-up, then available.
    await h.until(
      () => h.store.agents.get(h.server.contactCenter.tenants[0]!.id, ann),
      (a) => a?.callSeenInTeams === true,
    );
    await h.control('POST', `/_sim/users/${ann}/hangup`, {});
    await h.until(
      () => h.events('ended'),
      (e) => e.some((x) => x.data.reason === 'handled'),
    );
    const states = await h.until(
      () => h.events('agentState'),
      (e) =>
        e
          .filter((x) => x.agentId === ann)
          .map((x) => x.data.status)
          .join(',') === 'reserved,busy,wrapUp,available',
    );
    expect(states.length).toBeGreaterThanOrEqual(4);
  });
});
