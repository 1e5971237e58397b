/**
 * What both tab benchmarks measure: the tab's initial JS after a fresh build, and cold loads of the tab
 * signed in, in headless Chromium, against the server and its simulator on the demo contact center. Each
 * run is a fresh browser context (cold cache); its baseline is a bare page from the same server in the
 * same browser: the navigation cost with the product taken out.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { chromium } from 'playwright-core';
import { type RunningServer, startServer } from '../../bot/server';
import { TABS_DIST } from '../../bot/tabs';
import { startSimulator } from '../../simulator/server';
import { configOrThrow, parseEnvironment } from '../../src/config';
import { createStore } from '../../src/store';
import { SIMULATOR_TOKEN_KEY } from '../../tabs/shared/auth/token-keys';
import { printTable, summarize } from './stats';

const root = join(__dirname, '..', '..');

/** Gzipped size of a built file under `dist/tabs` (a path as the page names it, or relative), in KB. */
export const gzippedKb = (src: string) =>
  gzipSync(readFileSync(join(TABS_DIST, src.replace(/^\/tabs\//, ''))), { level: 9 }).length / 1024;

/** The scripts a page loads before anything else: its module entry and the chunks it preloads. */
function initialScripts(html: string): string[] {
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...entries, ...preloads])];
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** What a tab's loads took, in ms from each navigation's start, one entry per run. */
export interface TabLoads {
  initialKb: number;
  renders: number[];
  paints: number[];
  baselines: number[];
}

/**
 * Builds the tabs, then loads `/tabs/{tab}/` `runs` times signed in as `user(server)`, timing the
 * performance mark `readyMark` the tab sets once its first meaningful render is drawn.
 */
export async function measureTabLoads(options: {
  tab: 'agent' | 'supervisor';
  user(server: RunningServer): string;
  readyMark: string;
  runs: number;
}): Promise<TabLoads> {
  execFileSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'tabs/vite.config.ts', '--logLevel', 'error'],
    { cwd: root, stdio: 'inherit' },
  );
  const html = readFileSync(join(TABS_DIST, options.tab, 'index.html'), 'utf8');
  const initialKb = initialScripts(html)
    .map(gzippedKb)
    .reduce((a, b) => a + b, 0);

  const simulator = await startSimulator({ speed: 1 });
  const store = await createStore({ dataDir: 'memory://' });
  const env = configOrThrow(
    parseEnvironment({ PORT: String(await freePort()), SIMULATOR_URL: simulator.url, LOG_LEVEL: 'silent' }),
    'environment',
  );
  const server = await startServer({
    env,
    store,
    logger: pino({ level: 'silent' }),
    agentsStartAvailable: true,
  });
  const browser = await chromium.launch({
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
  try {
    const minted = await fetch(`${simulator.url}/_sim/users/${options.user(server)}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ audience: server.apiAudience }),
    });
    const { access_token: token } = (await minted.json()) as { access_token: string };
    const stored = JSON.stringify({ accessToken: token, expiresAt: Date.now() + 3_000_000 });
    const loads: TabLoads = { initialKb, renders: [], paints: [], baselines: [] };
    for (let run = 0; run < options.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.route('https://res.cdn.office.net/**', (route) => route.abort());
      await page.route(`${server.url}/bare.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bare</title><p>bare</p>' }),
      );
      await page.goto(`${server.url}/bare.html`);
      loads.baselines.push(
        Number(await page.evaluate('performance.getEntriesByType("navigation")[0].loadEventEnd')),
      );
      await page.addInitScript(
        `sessionStorage.setItem(${JSON.stringify(SIMULATOR_TOKEN_KEY)}, ${JSON.stringify(stored)});`,
      );
      await page.goto(`${server.url}/tabs/${options.tab}/`);
      await page.locator('[data-ready="true"]').waitFor();
      // Marks and paint entries count from the navigation's start.
      loads.renders.push(
        Number(
          await page.evaluate(
            `performance.getEntriesByName(${JSON.stringify(options.readyMark)})[0].startTime`,
          ),
        ),
      );
      loads.paints.push(
        Number(await page.evaluate('performance.getEntriesByName("first-contentful-paint")[0]?.startTime')),
      );
      await context.close();
    }
    return loads;
  } finally {
    await browser.close();
    await server.close();
    await simulator.close();
    await store.close();
  }
}

/**
 * Prints a tab's loads against its budget: initial JS, then `extra` rows (chunks loaded on demand), first
 * contentful paint, and the first meaningful render against the baseline.
 */
export function printTabLoads(
  tab: string,
  loads: TabLoads,
  goals: { jsKb: number; renderMs: number },
  extra: string[][] = [],
): void {
  const render = summarize(loads.renders).p50;
  const baseline = summarize(loads.baselines).p50;
  process.stdout.write(`${tab} tab: ${loads.renders.length} cold loads in headless Chromium, medians\n`);
  printTable(
    ['measure', 'value', 'baseline', 'ratio', 'goal', 'verdict'],
    [
      [
        'initial JS (gzip)',
        `${loads.initialKb.toFixed(1)} KB`,
        '-',
        '-',
        `<= ${goals.jsKb} KB`,
        loads.initialKb <= goals.jsKb ? 'meets' : 'MISSES',
      ],
      ...extra,
      ['first contentful paint', `${summarize(loads.paints).p50.toFixed(0)} ms`, '-', '-', '-', '-'],
      [
        'first meaningful render',
        `${render.toFixed(0)} ms`,
        `${baseline.toFixed(0)} ms`,
        `${(render / baseline).toFixed(1)}x`,
        `<= ${goals.renderMs} ms`,
        render <= goals.renderMs ? 'meets' : 'MISSES',
      ],
    ],
  );
}
