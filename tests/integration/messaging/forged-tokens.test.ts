import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { RunningServer } from '../../../bot/server';
import type { Simulator } from '../../../simulator/server';
import { chatConversations, type Store } from '../../../src/store';
import { backends } from '../contact-center/backends';
import {
  ann,
  botCards,
  botIdFor,
  botPassword,
  simulator,
  startBot,
  teamsChat,
  tenantId,
} from './messaging-harness';

describe.each(backends())(
  'POST /api/messages refuses what the channel did not sign for this bot, on %s',
  (_name, openStore) => {
    let sim: Simulator;
    let store: Store;
    let server: RunningServer;
    let chat: ReturnType<typeof teamsChat>;
    let refusals: jest.SpyInstance;
    beforeAll(async () => {
      // CloudAdapter prints each refusal with console.error; expected here, so they are checked instead.
      refusals = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      sim = await simulator();
      store = await openStore();
      server = await startBot(sim, store);
      chat = teamsChat(sim.url);
    });
    afterAll(async () => {
      refusals.mockRestore();
      await server.close();
      await sim.close();
      await store.close();
    });

    const serviceUrl = () => `${sim.url}/botframework/teams/`;
    /** A message from Ann asking to go not ready, exactly as the channel would post it. */
    const message = () => ({
      type: 'message',
      id: '1',
      timestamp: new Date().toISOString(),
      serviceUrl: serviceUrl(),
      channelId: 'msteams',
      from: { id: `29:${ann}`, name: 'Ann Sales', aadObjectId: ann },
      recipient: { id: `28:${botIdFor(sim)}` },
      conversation: { id: 'a:1forged', conversationType: 'personal', tenantId },
      channelData: { tenant: { id: tenantId } },
      text: 'not ready forged',
    });
    const post = (authorization: string | undefined) =>
      fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(message()),
      });
    /** Claims as the channel puts them, signed by a key the channel never published. */
    async function forged(claims: Record<string, unknown> = {}) {
      const { privateKey, publicKey } = await generateKeyPair('RS256');
      const kid = (await exportJWK(publicKey)).n?.slice(0, 16) ?? 'forged';
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ serviceurl: serviceUrl(), ...claims })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer('https://api.botframework.com')
        .setAudience(botIdFor(sim))
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + 300)
        .sign(privateKey);
    }
    /** A genuine Entra app token of the simulated tenant: signed by a trusted authority, but not the channel. */
    async function entraToken() {
      const response = await fetch(`${sim.url}/${tenantId}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: botIdFor(sim),
          client_secret: botPassword,
          scope: 'https://api.botframework.com/.default',
        }),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    }

    afterEach(async () => {
      expect(refusals.mock.calls.at(-1)?.[0]).toMatchObject({ statusCode: 401 });
      // Nothing happened: Ann is still available and the bot knows no conversation of hers.
      expect(await store.agents.get(tenantId, ann)).toMatchObject({ status: 'available' });
      expect(await store.db.select().from(chatConversations)).toEqual([]);
    });

    it('refuses a message with no token', async () => {
      expect((await post(undefined)).status).toBe(401);
    });

    it('refuses a token signed by a key the channel did not publish', async () => {
      expect((await post(`Bearer ${await forged()}`)).status).toBe(401);
    });

    it('refuses a token from another authority, even a valid Entra token for the bot itself', async () => {
      expect((await post(`Bearer ${await entraToken()}`)).status).toBe(401);
    });

    it('refuses a channel-signed activity meant for another bot', async () => {
      // The channel signs for the app registered on it: register a stranger's app at this bot's endpoint.
      await chat.control('POST', '/_sim/chat/bot', {
        appId: '11111111-2222-4333-8444-555555555555',
        messagingEndpoint: `${server.url}/api/messages`,
      });
      try {
        await chat.control('POST', '/_sim/users', {
          id: ann,
          tenantId,
          displayName: 'Ann Sales',
          userPrincipalName: 'ann.sales@northwind.example',
        });
        const answer = await chat.install(ann);
        expect(answer.body.botStatus).toBe(401);
        expect(botCards(await chat.transcript(ann))).toEqual([]);
      } finally {
        await chat.control('POST', '/_sim/chat/bot', {
          appId: botIdFor(sim),
          messagingEndpoint: `${server.url}/api/messages`,
        });
      }
    });
  },
);
