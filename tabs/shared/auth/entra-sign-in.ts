import type { TokenSource } from './token-source';

/**
 * Signing in with Entra through MSAL. `createNestablePublicClientApplication` uses nested app authentication
 * when Teams hosts the tab (Teams signs the user in, no second login) and falls back to standard MSAL in a
 * plain browser, where sign-in is a redirect. Silent first; interactive only on InteractionRequiredAuthError.
 * MSAL is loaded on demand: the simulator mode and the first render do not need it.
 */
export function entraSignIn(options: {
  clientId: string;
  authority: string;
  scopes: string[];
  inTeams: boolean;
}): TokenSource {
  const { scopes, inTeams } = options;
  const redirectUri = `${window.location.origin}${window.location.pathname}`;
  const client = (async () => {
    const msal = await import('@azure/msal-browser');
    const pca = await msal.createNestablePublicClientApplication({
      auth: { clientId: options.clientId, authority: options.authority, redirectUri },
      cache: { cacheLocation: 'sessionStorage' },
    });
    const redirected = inTeams ? null : await pca.handleRedirectPromise();
    if (redirected?.account) pca.setActiveAccount(redirected.account);
    return { msal, pca };
  })();
  return {
    async token() {
      const { msal, pca } = await client;
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      try {
        if (account) return (await pca.acquireTokenSilent({ scopes, account })).accessToken;
        // In Teams the host knows the user: an account-less silent request is answered by NAA.
        if (inTeams) return (await pca.acquireTokenSilent({ scopes })).accessToken;
        return undefined;
      } catch (error) {
        if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
        if (inTeams) return (await pca.acquireTokenPopup({ scopes })).accessToken;
        return undefined;
      }
    },
    async signIn() {
      const { pca } = await client;
      if (inTeams) await pca.acquireTokenPopup({ scopes });
      else await pca.acquireTokenRedirect({ scopes });
    },
    forget() {
      // MSAL renews expired tokens itself; a refused one is re-asked silently on the next call.
    },
  };
}
