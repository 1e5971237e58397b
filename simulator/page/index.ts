import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from '../http/types';

/** Same origin only, plus the page's own inline script and style; nothing from elsewhere, no framing. */
export const pageContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The page at `/_sim/`: dial the contact center as a caller and act as any Teams user, in a browser. */
export function pageRoutes(): Array<[string, string, Route]> {
  const html = readFileSync(join(__dirname, 'sim-page.html'), 'utf8');
  const page: Route = () => ({
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': pageContentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
    body: html,
  });
  return [
    ['GET', '/_sim', page],
    ['GET', '/_sim/', page],
  ];
}
export { signInRoutes } from './sign-in';
