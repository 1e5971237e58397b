import { SIMULATOR_TOKEN_KEY as TOKEN_KEY } from './token-keys';
import type { TokenSource } from './token-source';

const STATE_KEY = 'switchboard.simulator.state';
/** Renewed a minute early, so a token never expires between reading and using it. */
const EARLY_MS = 60_000;

interface StoredToken {
  accessToken: string;
  expiresAt: number;
}

/**
 * Signing in against the simulator, which stands in for Entra on this machine (MSAL refuses its http
 * authority): its sign-in page lets the person pick a simulated user and comes back to the tab with a token
 * for the API in the URL fragment, like an OAuth implicit grant. The `state` it returns must be the one sent.
 * The token lives in session storage: gone when the tab closes.
 */
export function simulatorSignIn(options: {
  signInUrl: string;
  audience: string;
  storage?: Storage;
  location?: Location;
  history?: History;
  now?: () => number;
}): TokenSource {
  const storage = options.storage ?? window.sessionStorage;
  const location = options.location ?? window.location;
  const history = options.history ?? window.history;
  const now = options.now ?? Date.now;
  takeTokenFromFragment(storage, location, history, now);
  return {
    async token() {
      const stored = readToken(storage);
      if (!stored || stored.expiresAt - EARLY_MS <= now()) return undefined;
      return stored.accessToken;
    },
    async signIn() {
      const state = crypto.randomUUID();
      storage.setItem(STATE_KEY, state);
      const url = new URL(options.signInUrl);
      url.searchParams.set('redirect_uri', `${location.origin}${location.pathname}`);
      url.searchParams.set('audience', options.audience);
      url.searchParams.set('state', state);
      location.assign(url.toString());
    },
    forget: () => storage.removeItem(TOKEN_KEY),
  };
}

function takeTokenFromFragment(storage: Storage, location: Location, history: History, now: () => number) {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const accessToken = fragment.get('access_token');
  if (!accessToken) return;
  // The token leaves the address bar (and so the history) whatever happens next.
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const expected = storage.getItem(STATE_KEY);
  storage.removeItem(STATE_KEY);
  if (!expected || fragment.get('state') !== expected) return;
  const seconds = Number(fragment.get('expires_in') ?? '3600');
  const stored: StoredToken = {
    accessToken,
    expiresAt: now() + (Number.isFinite(seconds) ? seconds : 3600) * 1000,
  };
  storage.setItem(TOKEN_KEY, JSON.stringify(stored));
}

function readToken(storage: Storage): StoredToken | undefined {
  const text = storage.getItem(TOKEN_KEY);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredToken>;
    return typeof value.accessToken === 'string' && typeof value.expiresAt === 'number'
      ? { accessToken: value.accessToken, expiresAt: value.expiresAt }
      : undefined;
  } catch {
    // A damaged entry is as good as none: the user signs in again.
    return undefined;
  }
}
