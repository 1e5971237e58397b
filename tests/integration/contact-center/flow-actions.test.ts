import { backends } from './backends';
import { ann, bo, type CenterHarness, cy, startCenter } from './harness';

describe.each(backends())('flow actions on %s', (_name, store) => {
  let h: CenterHarness;
  beforeEach(async () => {
    h = await startCenter({ store });
  });
  afterEach(() => h.close());

  async function choose(key: string) {
    const leg = await h.dial();
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, key);
    return leg;
  }

  it('transfers the caller to a Teams user named in the menu, after telling them', async () => {
    const leg = await choose('5');
    const ringing = await h.until(
      () => h.user(cy),
      (u) => u.ringing.length === 1,
    );
    expect(ringing.ringing[0]).toMatchObject({ kind: 'transfer', from: '+14255550123' });
    expect((await h.line(leg)).heard.map((p: any) => p.uri.split('/').pop())).toContain('transferring.wav');
    await h.control('POST', `/_sim/users/${cy}/answer`, {});
    await h.until(
      () => h.line(leg),
      (l) => l.connectedTo?.userId === cy,
    );
    const ended = await h.until(
      () => h.events('ended'),
      (e) => e.length === 1,
    );
    expect(ended[0]!.data.reason).toBe('transferredOut');
    expect((await h.events('transferred'))[0]!.data).toEqual({ to: cy });
  });

  it('announces position and estimated wait while the caller waits, between the music', async () => {
    await h.control('POST', `/_sim/users/${ann}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    await h.control('POST', `/_sim/users/${bo}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    const leg = await choose('6');
    const afterAnnouncement = (l: any) => {
      const files = l.heard.map((p: any) => p.uri.split('/').pop());
      return (
        files.lastIndexOf('music-on-hold.wav') > files.indexOf('position-next.wav') &&
        files.includes('position-next.wav')
      );
    };
    const line = await h.until(() => h.line(leg), afterAnnouncement, 20_000);
    const heard = line.heard.map((p: any) => p.uri.split('/').pop());
    const at = heard.indexOf('position-next.wav');
    // First in line: "You are next in line", then the wait, then the music again.
    expect(heard[at - 1]).toBe('music-on-hold.wav');
    expect(heard.slice(at + 1).some((f: string) => f.startsWith('wait-'))).toBe(true);
    expect(heard.at(-1)).toBe('music-on-hold.wav');
  }, 40_000);
});
