import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pglite } from '../integration/contact-center/harness';
import { launchChromium, refuseCdn, screenshots } from './browser';
import { ann, mainNumber, northwind, startTabCenter, type TabCenter } from './tab-center';
import { parseCsv, tileChanges, watchTile } from './tile-watch';

const supervisor = '5a0e0000-0000-4000-8000-00000000005e';

const shots = join(__dirname, '../../test-output/supervisor-tab');

// One back end: the supervisor endpoints are proven on both stores by their own API tests.
describe('the supervisor tab in Chromium', () => {
  let center: TabCenter;
  let browser: Browser;
  /** The calls the tests made, as the interaction export should list them (by caller). */
  const made: { caller: string; queue: string; state: string; agent?: string }[] = [];
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    [center, browser] = await Promise.all([startTabCenter(pglite), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await center?.close();
  });

  it('shows a call waiting on its queue’s tile, and makes a not-ready agent available, who then takes the call', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await refuseCdn(page);
    await page.goto(`${center.server.url}/tabs/supervisor/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Supervisor 1' }).click();
    const tile = page.getByRole('group', { name: 'Sales queue' });
    await tile.waitFor();
    const waiting = page.getByTestId('waiting-sales');
    expect(await waiting.textContent()).toBe('0');

    const token = await center.token(ann);
    const notReady = await fetch(`${center.server.url}/api/v1/me/status`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'notReady', reason: 'break' }),
    });
    expect(notReady.status).toBe(200);
    const row = page.getByRole('row', { name: /Ann Sales/ });
    await row.getByText('Not ready (break)').waitFor();

    await watchTile(page, 'waiting-sales');
    const dialled = await center.control('POST', '/_sim/pstn/calls', {
      from: '+14255550123',
      to: mainNumber,
    });
    const leg = dialled.body.id as string;
    await center.until(
      () => center.control('GET', `/_sim/pstn/calls/${leg}`),
      (line) => line.body.heard.some((p: { uri: string }) => p.uri.endsWith('/main-menu.wav')),
    );
    await center.control('POST', `/_sim/pstn/calls/${leg}/dtmf`, { tones: '1' });
    await waiting.filter({ hasText: /^1$/ }).waitFor();
    // The promise: the tile shows the call within 1 s of it entering the queue (the log's time).
    const queuedAt = await queuedTime(leg);
    const [shown] = (await tileChanges(page)).filter((change) => change.text === '1');
    expect(shown!.at - queuedAt).toBeLessThan(1000);

    await page.getByRole('button', { name: 'Make Ann Sales available' }).click();
    await center.until(
      () => center.control('GET', `/_sim/users/${ann}`),
      (user) => user.body.ringing.length > 0,
    );
    await row.getByText('Ringing').waitFor();
    await center.control('POST', `/_sim/users/${ann}/answer`, {});
    await row.getByText('On a call').waitFor();
    await waiting.filter({ hasText: /^0$/ }).waitFor();
    const agent = await center.server.store.agents.get(northwind, ann);
    expect(agent?.status).toBe('busy');
    made.push({ caller: "'+14255550123", queue: 'sales', state: 'connected', agent: ann });
    await screenshots(page, shots, 'floor');
  }, 90_000);

  it('counts a caller who hangs up while waiting as abandoned, and exports the calls made as CSV', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await refuseCdn(page);
    await page.goto(`${center.server.url}/tabs/supervisor/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Supervisor 1' }).click();
    const abandoned = page.getByTestId('abandoned-sales');
    await abandoned.waitFor();
    expect(await abandoned.textContent()).toMatch(/^0 /);
    const offered = Number(await page.getByTestId('offered-sales').textContent());

    // Ann is on the first test's call (then in a long wrap-up): this caller waits, and gives up.
    const dialled = await center.control('POST', '/_sim/pstn/calls', {
      from: '+14255550199',
      to: mainNumber,
    });
    const leg = dialled.body.id as string;
    await center.until(
      () => center.control('GET', `/_sim/pstn/calls/${leg}`),
      (line) => line.body.heard.some((p: { uri: string }) => p.uri.endsWith('/main-menu.wav')),
    );
    await center.control('POST', `/_sim/pstn/calls/${leg}/dtmf`, { tones: '1' });
    await page.getByTestId('waiting-sales').filter({ hasText: /^1$/ }).waitFor();
    await page.getByRole('listitem', { name: '+14255550199 waiting in Sales' }).waitFor();
    const waitingCall = page.getByRole('listitem', { name: '+14255550199 waiting in Sales' });
    await waitingCall.getByRole('button', { name: 'Set priority' }).click();
    const audit = await center.until(
      () =>
        apiGet<{ actions: { action: string; actorId: string; after: { priority?: number } }[] }>(
          `/supervisor/audit?from=${day(-1)}&to=${day(1)}`,
        ),
      (found) => found.actions.some((a) => a.action === 'setPriority'),
    );
    expect(audit.actions.find((a) => a.action === 'setPriority')).toEqual(
      expect.objectContaining({ actorId: supervisor, after: expect.objectContaining({ priority: 1 }) }),
    );
    await page.setViewportSize({ width: 390, height: 900 });
    // A phone never scrolls sideways: the grid stacks and the tiles fit.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshots(page, shots, 'waiting');
    // Under 5 s it would be a short abandon, counted apart: the tile's own clock says when it is past that.
    await page
      .getByTestId('longest-sales')
      .filter({ hasText: /^([5-9]|\d\d+) s$/ })
      .waitFor();
    await center.control('POST', `/_sim/pstn/calls/${leg}/hangup`, {});
    await abandoned.filter({ hasText: /^1 / }).waitFor();
    await page
      .getByTestId('offered-sales')
      .filter({ hasText: String(offered + 1) })
      .waitFor();
    made.push({ caller: "'+14255550199", queue: 'sales', state: 'ended' });
    expect(await page.getByTestId('short-sales').textContent()).toBe('0');

    await page.getByRole('tab', { name: 'Intraday' }).click();
    await page.getByRole('heading', { name: 'Calls per 15 minutes' }).waitFor();
    await page.getByText('The figures as a table').click();
    const figures = page.getByRole('table', { name: 'Intraday figures' });
    const sum = async (column: number) =>
      (await figures.locator(`tbody tr td:nth-of-type(${column})`).allTextContents()).reduce(
        (total, cell) => total + Number(cell),
        0,
      );
    // Offered and abandoned per 15 minutes add up to the tile's day.
    expect([await sum(1), await sum(3)]).toEqual([offered + 1, 1]);
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshots(page, shots, 'intraday');

    await page.getByRole('tab', { name: 'Report' }).click();
    await page.getByRole('button', { name: 'Show report' }).click();
    const report = page.getByRole('table', { name: 'Sales report' });
    await report.waitFor();
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshots(page, shots, 'report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export interactions (CSV)' }).click(),
    ]);
    const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8'));
    const column = (name: string) => header!.indexOf(name);
    const exported = rows.map((row) => ({
      caller: row[column('caller')],
      queue: row[column('queueId')],
      state: row[column('state')],
      agent: row[column('agentId')] || undefined,
    }));
    const byCaller = (a: { caller?: string }, b: { caller?: string }) =>
      String(a.caller).localeCompare(String(b.caller));
    // Callers' numbers start with '+', so the export writes them as text for spreadsheets.
    expect(exported.sort(byCaller)).toEqual(made.sort(byCaller));
    expect(download.suggestedFilename()).toMatch(/^interactions-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  }, 90_000);

  /** A local date `offset` days from today (UTC; the test tenant's zone is London). */
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  /** A supervisor's read of the API. */
  async function apiGet<T>(path: string): Promise<T> {
    const response = await fetch(`${center.server.url}/api/v1${path}`, {
      headers: { authorization: `Bearer ${await center.token(supervisor)}` },
    });
    return (await response.json()) as T;
  }

  /** When the interaction of a caller's line entered its queue, from the event log. */
  async function queuedTime(leg: string): Promise<number> {
    const line = await center.control('GET', `/_sim/pstn/calls/${leg}`);
    const list = await apiGet<{ interactions: { id: string; caller: string }[] }>(
      `/supervisor/interactions?from=${day(-1)}&to=${day(1)}`,
    );
    const call = list.interactions.find((i) => i.caller === line.body.from);
    const detail = await apiGet<{ timeline: { name: string; at: string }[] }>(`/interactions/${call!.id}`);
    const queued = detail.timeline.find((e) => e.name === 'queued');
    return Date.parse(queued!.at);
  }
});
