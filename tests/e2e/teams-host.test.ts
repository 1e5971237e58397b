import type { Browser, FrameLocator, Page } from 'playwright-core';
import { pglite } from '../integration/contact-center/harness';
import { launchChromium, refuseCdn } from './browser';
import { mockTeamsHostPage } from './mock-teams-host';
import { ann, northwind, signedIn, startTabCenter, type TabCenter } from './tab-center';

/** The tab's page background, as an approximate lightness 0 (black) to 255 (white). */
async function backgroundLightness(frame: FrameLocator, theme: string): Promise<number> {
  const root = frame.locator(`[data-theme="${theme}"]`);
  await root.waitFor();
  // Runs in the page, where getComputedStyle exists (this file is type checked without the DOM).
  const colour: string = await root.evaluate(
    (element) => (globalThis as any).getComputedStyle(element).backgroundColor,
  );
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  return (r + g + b) / 3;
}

// One back end: what is under test is the tab inside its host, not the store.
describe('the agent tab hosted by a mock Teams client', () => {
  let center: TabCenter;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [center, browser] = await Promise.all([startTabCenter(pglite), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await center?.close();
  });

  it('initialises as in Teams, takes the host’s dark theme, and follows its theme changes', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await refuseCdn(page);
    await page.addInitScript(signedIn(await center.token(ann)));
    const hostUrl = `${center.server.url}/teams-host.html`;
    await page.route(hostUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: mockTeamsHostPage({
          tabPath: '/tabs/agent/',
          theme: 'dark',
          userObjectId: ann,
          tenantId: northwind,
          userPrincipalName: 'ann@example.com',
        }),
      }),
    );
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { name: 'Ann Sales' }).waitFor();
    expect(await backgroundLightness(frame, 'dark')).toBeLessThan(80);
    const received = (await page.evaluate('window.received')) as string[];
    expect(received).toEqual(expect.arrayContaining(['initialize', 'getContext']));

    await page.evaluate("window.changeTheme('default')");
    expect(await backgroundLightness(frame, 'default')).toBeGreaterThan(200);
    await page.evaluate("window.changeTheme('contrast')");
    await frame.locator('[data-theme="contrast"]').waitFor();
  }, 60_000);
});
