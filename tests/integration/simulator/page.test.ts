import { type Harness, startHarness } from './harness';

/** What the page's inline script asks of the control API: `api('GET', `/_sim/users`)`, `act(…, 'POST', `/_sim/…`)`. */
function apiCalls(script: string): Array<{ method: string; template: string }> {
  const calls = [...script.matchAll(/'(GET|POST|PUT|PATCH|DELETE)',\s*`(\/_sim\/[^`]*)`/g)];
  return calls.map(([, method, template]) => ({ method: method!, template: template! }));
}

/**
 * The routes those calls reach, as `METHOD /path/:id`: each `${…}` is an id, except the users' ring
 * actions, `/_sim/users/${…}/${action}`, which the script calls with action `answer` and `decline`.
 */
function routes(script: string): string[] {
  expect(script).toMatch(/choose\(answer, 'answer'/);
  expect(script).toMatch(/choose\(decline, 'decline'/);
  return apiCalls(script).flatMap(({ method, template }) => {
    const action = /\$\{action\}$/;
    const withActions = action.test(template)
      ? ['answer', 'decline'].map((name) => template.replace(action, name))
      : [template];
    return withActions.map((path) => `${method} ${path.replace(/\$\{[^}]*\}/g, ':id')}`);
  });
}

describe('the page at /_sim/', () => {
  let h: Harness;
  let html: string;
  let headers: Headers;
  let script: string;

  beforeAll(async () => {
    h = await startHarness();
    const response = await fetch(`${h.simulator.url}/_sim/`);
    expect(response.status).toBe(200);
    headers = response.headers;
    html = await response.text();
    script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  });
  afterAll(() => h.close());

  it('is HTML with the caller keypad and the Teams users panel', () => {
    expect(headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('id="keypad"');
    expect(html).toContain('id="users"');
    expect(html).toContain('id="outbound"');
    expect(html).toContain('id="status"');
    expect(html).toContain('value="+14255550123"');
  });

  it('is also served without the trailing slash', async () => {
    const response = await fetch(`${h.simulator.url}/_sim`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(html);
  });

  it('allows only same-origin and its own inline script and style', () => {
    const csp = headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('loads nothing from anywhere else', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?\/\//i);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*rel=["']?stylesheet/i);
  });

  it('has a script that parses, and every element it looks up exists', () => {
    expect(script.length).toBeGreaterThan(1000);
    expect(() => new Function(script)).not.toThrow();
    const looked = new Set([...script.matchAll(/byId\('([^']+)'\)/g)].map((m) => m[1]!));
    expect(looked.size).toBeGreaterThan(10);
    const missing = [...looked].filter((id) => !html.includes(`id="${id}"`));
    expect(missing).toEqual([]);
  });

  it('calls every control route a caller and a Teams user need', () => {
    expect([...new Set(routes(script))].sort()).toEqual(
      [
        'GET /_sim/users',
        'GET /_sim/resourceAccounts',
        'GET /_sim/pstn/calls',
        'GET /_sim/pstn/calls/:id',
        'POST /_sim/pstn/calls',
        'POST /_sim/pstn/calls/:id/dtmf',
        'POST /_sim/pstn/calls/:id/hangup',
        'POST /_sim/pstn/calls/:id/answer',
        'POST /_sim/users/:id/presence',
        'POST /_sim/users/:id/answer',
        'POST /_sim/users/:id/decline',
        'POST /_sim/users/:id/hangup',
      ].sort(),
    );
  });

  it('refers only to /_sim/ paths the simulator has, with the method it uses', async () => {
    const calls = apiCalls(script);
    // Every /_sim/ path the script spells out is one it calls with a method, so the check below sees all.
    const quoted = [...script.matchAll(/[`'"](\/_sim\/[^`'"]*)[`'"]/g)].map((m) => m[1]!);
    expect(quoted.filter((path) => !calls.some((c) => c.template === path))).toEqual([]);
    const used = [...new Set(routes(script))].map((route) => {
      const [method, path] = route.split(' ');
      return { method: method!, path: path!.replaceAll(':id', 'no-such-id') };
    });
    // The prose points newcomers at routes too: `<code>POST /_sim/users</code>`.
    const prose = [...html.matchAll(/<code>(GET|POST|DELETE) (\/_sim\/[^<\s]*)<\/code>/g)].map(
      ([, method, path]) => ({
        method: method!,
        path: path!,
      }),
    );
    expect(prose.length).toBeGreaterThan(0);

    const unknown: string[] = [];
    for (const { method, path } of [...used, ...prose]) {
      const response = await fetch(`${h.simulator.url}${path}`, {
        method,
        headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      const body = (await response.json().catch(() => undefined)) as
        | { error?: { code?: string } }
        | undefined;
      // An unknown id gives callNotFound or userNotFound, an empty body invalidRequest: the route exists.
      if (response.status === 405 || (response.status === 404 && body?.error?.code === 'notFound')) {
        unknown.push(`${method} ${path} → ${response.status} ${body?.error?.code}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
