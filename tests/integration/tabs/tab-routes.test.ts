import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { tabConfig, tabRoutes } from '../../../bot/tabs';

const simulated = tabConfig({
  simulatorUrl: 'http://127.0.0.1:4000',
  apiAudience: 'api://switchboard',
  clientId: 'c0ffee00-0000-4000-8000-000000000000',
  authorityHost: 'http://127.0.0.1:4000',
});

/** Serves `tabRoutes` over HTTP from a dist folder made for the test. */
async function serve(dist: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use(tabRoutes(simulated, dist));
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

describe('the tabs as the server serves them', () => {
  let dist: string;
  let site: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'tabs-'));
    mkdirSync(join(dist, 'agent'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'agent', 'index.html'), '<!doctype html><title>Agent</title>');
    mkdirSync(join(dist, 'supervisor'));
    writeFileSync(join(dist, 'supervisor', 'index.html'), '<!doctype html><title>Supervisor</title>');
    writeFileSync(join(dist, 'assets', 'agent-abc123.js'), 'export {};');
    site = await serve(dist);
  });
  afterAll(async () => {
    await site.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('tells a tab how to sign in against the simulator, without a token', async () => {
    const response = await fetch(`${site.url}/tabs/config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      mode: 'simulator',
      signInUrl: 'http://127.0.0.1:4000/_sim/sign-in',
      audience: 'api://switchboard',
      apiBase: '/api/v1',
    });
  });

  it('serves the agent tab at the path the manifest names, never cached, and its hashed assets for good', async () => {
    const page = await fetch(`${site.url}/tabs/agent/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Agent</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${site.url}/tabs/assets/agent-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    ['agent', 'Agent'],
    ['supervisor', 'Supervisor'],
  ])('serves the page the app manifest’s %s static tab opens', async (entityId, title) => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../appPackage/manifest.json'), 'utf8'));
    const tab = manifest.staticTabs.find((t: { entityId: string }) => t.entityId === entityId);
    for (const url of [tab.contentUrl, tab.websiteUrl]) {
      const path = new URL(url.replace(/\$\{\{BOT_DOMAIN\}\}/, 'switchboard.example')).pathname;
      const page = await fetch(`${site.url}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<title>${title}</title>`);
    }
  });

  it('says how to build a tab that was never built, rather than answering an empty 404', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tabs-empty-'));
    const unbuilt = await serve(empty);
    try {
      const response = await fetch(`${unbuilt.url}/tabs/agent/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      await unbuilt.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('with Entra, points MSAL at the bot app and the API’s access_as_user scope in any tenant', () => {
    expect(
      tabConfig({
        simulatorUrl: undefined,
        apiAudience: 'api://switchboard.contoso.com/c0ffee00-0000-4000-8000-000000000000',
        clientId: 'c0ffee00-0000-4000-8000-000000000000',
        authorityHost: 'https://login.microsoftonline.com/',
      }),
    ).toEqual({
      mode: 'entra',
      clientId: 'c0ffee00-0000-4000-8000-000000000000',
      authority: 'https://login.microsoftonline.com/organizations',
      scopes: ['api://switchboard.contoso.com/c0ffee00-0000-4000-8000-000000000000/access_as_user'],
      apiBase: '/api/v1',
    });
  });
});
