/**
 * @jest-environment jsdom
 */
import { simulatorSignIn } from '../../../tabs/shared/auth/simulator-sign-in';
import { SIMULATOR_TOKEN_KEY } from '../../../tabs/shared/auth/token-keys';

const now = () => Date.parse('2026-05-04T09:00:00.000Z');

/** The tab's address after the simulator sent it back, with a history that records the clean-up. */
function returnedTo(hash: string) {
  const replaced: string[] = [];
  const assigned: string[] = [];
  const location = {
    origin: 'http://localhost:3978',
    pathname: '/tabs/agent/',
    search: '',
    hash,
    assign: (url: string) => assigned.push(url),
  } as unknown as Location;
  const history = { replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) } as History;
  return { location, history, replaced, assigned };
}

const options = { signInUrl: 'http://127.0.0.1:4000/_sim/sign-in', audience: 'api://switchboard', now };

describe('signing in through the simulator', () => {
  beforeEach(() => sessionStorage.clear());

  it('sends the user to the sign-in page with where to come back, the audience and a fresh state', async () => {
    const page = returnedTo('');
    await simulatorSignIn({ ...options, ...page }).signIn();
    const url = new URL(page.assigned[0]!);
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:4000/_sim/sign-in');
    expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:3978/tabs/agent/');
    expect(url.searchParams.get('audience')).toBe('api://switchboard');
    expect(url.searchParams.get('state')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the token it comes back with when the state is the one sent, and clears it from the address', async () => {
    const leaving = returnedTo('');
    await simulatorSignIn({ ...options, ...leaving }).signIn();
    const state = new URL(leaving.assigned[0]!).searchParams.get('state')!;
    const back = returnedTo(`#access_token=eyJ.token&token_type=Bearer&expires_in=3599&state=${state}`);
    const tokens = simulatorSignIn({ ...options, ...back });
    expect(await tokens.token()).toBe('eyJ.token');
    expect(back.replaced).toEqual(['/tabs/agent/']);
  });

  it('refuses a token that comes back with another state (a forged sign-in), yet clears it from the address', async () => {
    await simulatorSignIn({ ...options, ...returnedTo('') }).signIn();
    const back = returnedTo('#access_token=eyJ.forged&expires_in=3599&state=not-mine');
    const tokens = simulatorSignIn({ ...options, ...back });
    expect(await tokens.token()).toBeUndefined();
    expect(back.replaced).toEqual(['/tabs/agent/']);
  });

  it('asks to sign in again a minute before the token expires, after the API refused it, or when it is damaged', async () => {
    const page = returnedTo('');
    const stored = (expiresAt: number) =>
      sessionStorage.setItem(SIMULATOR_TOKEN_KEY, JSON.stringify({ accessToken: 'eyJ.t', expiresAt }));
    const tokens = simulatorSignIn({ ...options, ...page });
    stored(now() + 120_000);
    expect(await tokens.token()).toBe('eyJ.t');
    stored(now() + 30_000);
    expect(await tokens.token()).toBeUndefined();
    stored(now() + 120_000);
    tokens.forget();
    expect(await tokens.token()).toBeUndefined();
    sessionStorage.setItem(SIMULATOR_TOKEN_KEY, '{not json');
    expect(await tokens.token()).toBeUndefined();
  });
});
