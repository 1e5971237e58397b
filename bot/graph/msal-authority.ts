/** The authority settings of one tenant's MSAL application. */
export interface MsalAuthority {
  authority: string;
  knownAuthorities?: string[];
  /** Entra's OpenID metadata as JSON, given so MSAL fetches none. */
  authorityMetadata?: string;
}

const loopback = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The MSAL authority for client credentials in `tenantId` under `authorityHost`.
 *
 * An https host (Entra, `https://login.microsoftonline.com`) is used as is: MSAL knows Microsoft's clouds.
 * MSAL refuses any authority that is not https (`authority_uri_insecure`, no option turns it off), so the
 * simulator's `http://127.0.0.1:port` is named to MSAL as `https://127.0.0.1:port/{tenant}`, declared a
 * known authority (no instance discovery) and given Entra's v2.0 endpoints on the real http host as
 * `authorityMetadata` (no OpenID discovery). MSAL then posts its token request to the http endpoint with its
 * own network client. Plain http is accepted only on a loopback host, where nothing can overhear the secret.
 */
export function msalAuthority(authorityHost: string, tenantId: string): MsalAuthority {
  if (!/^[\w.-]+$/.test(tenantId)) throw new TypeError(`'${tenantId}' is not a tenant id or domain`);
  const host = new URL(authorityHost);
  if (host.protocol === 'https:') return { authority: `${host.origin}/${tenantId}` };
  if (host.protocol !== 'http:' || !loopback.test(host.hostname)) {
    throw new TypeError(`authority host '${authorityHost}' must be https (http only on a loopback host)`);
  }
  const base = `${host.origin}/${tenantId}`;
  return {
    authority: `https://${host.host}/${tenantId}`,
    knownAuthorities: [host.host],
    authorityMetadata: JSON.stringify({
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      issuer: `${base}/v2.0`,
    }),
  };
}
