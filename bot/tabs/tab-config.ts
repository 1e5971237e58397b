import { API_BASE } from '../api';

/** What a tab needs to sign in, served unauthenticated at `/tabs/config.json` (no secret in it). */
export type TabConfig =
  | { mode: 'simulator'; signInUrl: string; audience: string; apiBase: string }
  | { mode: 'entra'; clientId: string; authority: string; scopes: string[]; apiBase: string };

/**
 * The tabs' sign-in settings for this server. With a simulator, its sign-in page mints tokens for the API's
 * audience (MSAL refuses an http authority). With Entra, MSAL signs in to the bot's app (one app is the bot,
 * the Graph caller and the API) for the API's `access_as_user` scope, in any tenant (`organizations`).
 * @example tabConfig({ simulatorUrl: 'http://127.0.0.1:4000', apiAudience: 'api://switchboard', clientId: 'x', authorityHost: '…' })
 */
export function tabConfig(options: {
  simulatorUrl: string | undefined;
  apiAudience: string;
  clientId: string;
  authorityHost: string;
}): TabConfig {
  if (options.simulatorUrl)
    return {
      mode: 'simulator',
      signInUrl: `${options.simulatorUrl}/_sim/sign-in`,
      audience: options.apiAudience,
      apiBase: API_BASE,
    };
  return {
    mode: 'entra',
    clientId: options.clientId,
    authority: `${options.authorityHost.replace(/\/$/, '')}/organizations`,
    scopes: [`${options.apiAudience}/access_as_user`],
    apiBase: API_BASE,
  };
}
