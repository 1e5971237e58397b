import { z } from 'zod';
import type { Route, SimRequest, SimResponse } from '../http/types';
import type { UserToken } from '../identity/user-token';
import type { Directory, User } from '../world/directory';

/** Mints a user token as Entra would for a tab's API. */
type IssueUserToken = (userId: string, audience: string) => Promise<UserToken | undefined>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

const SignInQuery = z.strictObject({
  redirect_uri: z
    .string({ error: 'redirect_uri is required' })
    .max(2048, { error: 'redirect_uri is longer than 2048 characters' })
    .refine((value) => URL.canParse(value), { error: 'redirect_uri is not an absolute URL' }),
  audience: z
    .string({ error: 'audience is required' })
    .min(1, { error: 'audience is required' })
    .max(256, { error: 'audience is longer than 256 characters' }),
  state: z.string().max(256, { error: 'state is longer than 256 characters' }).optional(),
  user: z.string().max(64, { error: 'user is longer than 64 characters' }).optional(),
});

/**
 * `GET /_sim/sign-in?redirect_uri=&audience=&state=`: the simulator's stand-in for Entra's sign-in page, for
 * tabs opened in a browser. It lists the simulated users; choosing one (`&user=<id>`) mints a user token for
 * `audience` and returns to `redirect_uri` with it in the fragment (`#access_token=…&expires_in=…&state=…`).
 * It returns only to http(s) addresses on the host it was asked on (any loopback name counts as one host),
 * so it cannot be used to send a token elsewhere; bad input gets a 400 page naming it, never a redirect.
 */
export function signInRoutes(
  directory: Directory,
  issueUserToken: IssueUserToken,
): Array<[string, string, Route]> {
  const route: Route = async (req) => {
    const parsed = SignInQuery.safeParse(Object.fromEntries(req.query));
    if (!parsed.success)
      return problem(parsed.error.issues.map((i) => (i.path.length ? i.message : `${i.message}`)).join('; '));
    const query = parsed.data;
    const target = new URL(query.redirect_uri);
    const refused = refuseRedirect(target, req);
    if (refused) return problem(refused);
    if (query.user === undefined) return page(choosePage(req, [...directory.users.values()], directory));
    const token = await issueUserToken(query.user, query.audience);
    if (!token) return problem(`user '${query.user}' does not exist in the simulator`);
    const fragment = new URLSearchParams({
      access_token: token.access_token,
      token_type: token.token_type,
      expires_in: String(token.expires_in),
      ...(query.state === undefined ? {} : { state: query.state }),
    });
    target.hash = fragment.toString();
    return { status: 302, headers: { location: target.toString(), 'cache-control': 'no-store' } };
  };
  return [['GET', '/_sim/sign-in', route]];
}

/** Why the redirect is refused, or undefined when it is allowed. */
function refuseRedirect(target: URL, req: SimRequest): string | undefined {
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    return `redirect_uri must be http or https, not ${target.protocol}`;
  if (target.hash) return 'redirect_uri must not have a fragment';
  if (target.username || target.password) return 'redirect_uri must not hold credentials';
  const asked = hostName(req.headers.host ?? '');
  const to = target.hostname.toLowerCase();
  if (to === asked || (LOOPBACK.has(to) && LOOPBACK.has(asked))) return undefined;
  return `redirect_uri must be on the host the sign-in was asked on (${asked}), not ${to}`;
}

function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return name.toLowerCase();
}

function problem(message: string): SimResponse {
  return page(`<h1>Sign-in refused</h1><p role="alert">${escapeHtml(message)}</p>`, 400);
}

function page(body: string, status = 200): SimResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>Sign in · Teams in a box</title><style>body{font:16px system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}a{font-weight:600}small{opacity:.7}</style></head><body>${body}</body></html>`,
  };
}

function choosePage(req: SimRequest, users: User[], directory: Directory): string {
  const byTenant = new Map<string, User[]>();
  for (const user of users) byTenant.set(user.tenantId, [...(byTenant.get(user.tenantId) ?? []), user]);
  const sections = [...byTenant].map(([tenantId, members]) => {
    const tenant = directory.tenant(tenantId)?.displayName ?? tenantId;
    const items = members
      .sort((a, b) => a.displayName.localeCompare(b.displayName))
      .map((user) => {
        const href = new URLSearchParams(req.query);
        href.set('user', user.id);
        return `<li><a href="/_sim/sign-in?${escapeHtml(href.toString())}">${escapeHtml(user.displayName)}</a> <small>${escapeHtml(user.userPrincipalName)}</small></li>`;
      });
    return `<h2>${escapeHtml(tenant)}</h2><ul>${items.join('')}</ul>`;
  });
  return `<h1>Sign in as a simulated user</h1><p>Teams in a box stands in for Microsoft Entra ID: pick who you are.</p>${
    sections.join('') || '<p>No users exist yet: start the contact center first.</p>'
  }`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
