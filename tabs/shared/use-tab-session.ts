import { useEffect, useState } from 'react';
import { entraSignIn } from './auth/entra-sign-in';
import { simulatorSignIn } from './auth/simulator-sign-in';
import type { TokenSource } from './auth/token-source';
import { loadTabConfig, type TabConfig } from './tab-config';
import { connectToTeams, type TeamsHost } from './teams-host';

/** Everything a tab needs before it can draw: the host, how to sign in, and whether the user has. */
export type TabSession =
  | { phase: 'starting'; host?: TeamsHost }
  | { phase: 'failed'; host?: TeamsHost; message: string }
  | { phase: 'signedOut'; host: TeamsHost; tokens: TokenSource }
  | { phase: 'ready'; host: TeamsHost; tokens: TokenSource; apiBase: string };

/**
 * Starts a tab: Teams first (MSAL's nested app authentication needs teams-js initialised before it), then
 * the server's sign-in settings, then a token if one is at hand without asking the user.
 */
export function useTabSession(): TabSession & { retry(): void } {
  const [session, setSession] = useState<TabSession>({ phase: 'starting' });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt is what starts the tab again
  useEffect(() => {
    let host: TeamsHost | undefined;
    let live = true;
    const set = (next: TabSession) => {
      if (live) setSession(next);
    };
    (async () => {
      host = await connectToTeams();
      set({ phase: 'starting', host });
      const config = await loadTabConfig();
      const tokens = tokenSource(config, host);
      const token = await tokens.token();
      if (!token) return set({ phase: 'signedOut', host, tokens });
      set({ phase: 'ready', host, tokens, apiBase: config.apiBase });
    })().catch((error: unknown) =>
      set({ phase: 'failed', host, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return { ...session, retry: () => setAttempt((n) => n + 1) };
}

function tokenSource(config: TabConfig, host: TeamsHost): TokenSource {
  if (config.mode === 'simulator')
    return simulatorSignIn({ signInUrl: config.signInUrl, audience: config.audience });
  return entraSignIn({
    clientId: config.clientId,
    authority: config.authority,
    scopes: config.scopes,
    inTeams: host.inTeams,
  });
}
