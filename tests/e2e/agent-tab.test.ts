import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { backends } from '../integration/contact-center/backends';
import { launchChromium, refuseCdn, screenshots } from './browser';
import { ann, mainNumber, signedIn, startTabCenter, type TabCenter } from './tab-center';

const shots = join(__dirname, '../../test-output/agent-tab');
const shoot = (page: Page, step: string) => screenshots(page, shots, step);
const caller = '+14255550123';

describe.each(backends())('the agent tab in Chromium on %s', (backend, store) => {
  let center: TabCenter;
  let browser: Browser;
  const errors: string[] = [];
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    [center, browser] = await Promise.all([startTabCenter(store), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await center?.close();
  });

  it('signs an agent in, offers a call as Teams rings, times it, and wraps it up into today’s history', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await refuseCdn(page);

    await page.goto(`${center.server.url}/tabs/agent/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The simulator's sign-in page: pick the agent, come back signed in.
    await page.getByRole('link', { name: 'Ann Sales' }).click();
    await page.getByRole('heading', { name: 'Ann Sales' }).waitFor();
    expect(await page.getByTestId('agent-status').textContent()).toBe('Offline');

    await page.getByLabel('Your status').selectOption('available');
    await page
      .getByTestId('agent-status')
      .filter({ hasText: /^Available$/ })
      .waitFor();
    await page.getByText('Waiting for the next call.').waitFor();

    const dialled = await center.control('POST', '/_sim/pstn/calls', { from: caller, to: mainNumber });
    const leg = dialled.body.id as string;
    await center.until(
      () => center.control('GET', `/_sim/pstn/calls/${leg}`),
      (line) => line.body.heard.some((p: { uri: string }) => p.uri.endsWith('/main-menu.wav')),
    );
    await center.control('POST', `/_sim/pstn/calls/${leg}/dtmf`, { tones: '1' });
    await center.until(
      () => center.control('GET', `/_sim/users/${ann}`),
      (user) => user.body.ringing.length > 0,
    );
    // The promise: the offer is on screen within a second of the agent's Teams ringing.
    const offer = page.getByTestId('offer-caller');
    await offer.waitFor({ timeout: 1000 });
    expect(await offer.textContent()).toBe(caller);
    const region = page.getByRole('region', { name: /Incoming call for Sales/ });
    await region.getByText('root: 1').waitFor();
    expect(await region.textContent()).toContain('First call from this number');
    await shoot(page, '1-offer');

    await center.control('POST', `/_sim/users/${ann}/answer`, {});
    await page.getByRole('heading', { name: `On a call with ${caller} (Sales)` }).waitFor();
    await page.getByRole('timer', { name: 'Call time' }).waitFor();
    await page.getByLabel('Note').fill('Asked about the spring catalogue');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('list', { name: 'Notes' }).getByText('Asked about the spring catalogue').waitFor();
    await shoot(page, '2-call');

    await center.control('POST', `/_sim/pstn/calls/${leg}/hangup`, {});
    await page.getByRole('heading', { name: `Wrap up the call with ${caller}` }).waitFor();
    await page.getByRole('button', { name: 'Finish wrap-up' }).click();
    await page.getByText('Choose a disposition').waitFor();
    await page.getByRole('radio', { name: 'Resolved' }).check();
    await page.getByLabel('Wrap-up notes').fill('Catalogue sent by mail');
    await shoot(page, '3-wrap-up');
    await page.getByRole('button', { name: 'Finish wrap-up' }).click();

    await page
      .getByTestId('agent-status')
      .filter({ hasText: /^Available$/ })
      .waitFor();
    const history = page.getByTestId('history');
    await history.getByText('Resolved').waitFor();
    expect(await history.textContent()).toContain(caller);
    await shoot(page, '4-history');
    expect(errors).toEqual([]);
  }, 120_000);

  it(`lets an agent opt out of a queue and find an expert with presence on ${backend}`, async () => {
    const page = await browser.newPage();
    await refuseCdn(page);
    const token = await center.token(ann);
    await page.addInitScript(signedIn(token));
    await page.goto(`${center.server.url}/tabs/agent/`);
    const sales = page.getByRole('switch', { name: 'Sales' });
    await sales.waitFor();
    expect(await sales.isChecked()).toBe(true);
    await sales.click();
    await center.until(
      async () =>
        (await center.server.store.agents.get('3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7', ann))?.signedInQueues,
      (queues) => queues?.length === 0,
    );
    await center.until(
      () => sales.isChecked(),
      (checked) => !checked,
    );

    await page.getByLabel('Find an expert').fill('Ann');
    const found = page.getByRole('list', { name: 'People found' }).getByRole('listitem');
    await found.first().getByText('Ann Sales').waitFor();
    expect(
      await found.first().getByRole('link', { name: 'Chat Ann Sales in Teams' }).getAttribute('href'),
    ).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=/);
    expect(await found.first().textContent()).toMatch(/Available|Busy|Offline|Away/);
  }, 60_000);
});
