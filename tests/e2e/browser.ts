import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with nothing reaching out to Google or the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * teams-js fetches Microsoft's list of valid host origins from a CDN at start; this machine is offline, so
 * the request is refused at once rather than left to time out (teams-js then uses its bundled list).
 */
export async function refuseCdn(page: Page): Promise<void> {
  await page.route('https://res.cdn.office.net/**', (route) => route.abort());
}

/** Screenshots of the page as it is, at desktop and phone widths, light and dark (the tab follows the system). */
export async function screenshots(page: Page, dir: string, step: string): Promise<void> {
  for (const width of [1280, 390])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.locator(`[data-theme="${colorScheme === 'dark' ? 'dark' : 'default'}"]`).waitFor();
      // Fluent's buttons fade between themes: finish transitions so a shot never catches one halfway.
      await page.screenshot({
        path: join(dir, `${step}-${width}-${colorScheme}.png`),
        fullPage: true,
        animations: 'disabled',
      });
    }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}
