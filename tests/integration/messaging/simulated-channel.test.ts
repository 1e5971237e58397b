import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { type Simulator, startSimulator } from '../../../simulator/server';
import { simulatorControl } from '../contact-center/harness';

const tenantId = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
const appId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const otherAppId = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const user = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

/** The simulator's Bot Framework channel on its own, with a stand-in bot that records what it is sent. */
describe('the simulated Bot Framework channel for Teams chat', () => {
  let sim: Simulator;
  let bot: Server;
  const received: { authorization: string | undefined; activity: any }[] = [];
  let control: ReturnType<typeof simulatorControl>;

  beforeAll(async () => {
    sim = await startSimulator();
    control = simulatorControl(sim.url);
    bot = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ authorization: req.headers.authorization, activity: JSON.parse(body) });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
    await control('POST', '/_sim/tenants', { tenantId, displayName: 'Northwind' });
    for (const id of [appId, otherAppId])
      await control('POST', '/_sim/apps', {
        appId: id,
        appSecret: `secret-${id}`,
        callbackUri: 'http://127.0.0.1:1/api/calling',
      });
    await control('POST', '/_sim/users', {
      id: user,
      tenantId,
      displayName: 'Ann Sales',
      userPrincipalName: 'ann@northwind.example',
    });
    const endpoint = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/messages`;
    await control('POST', '/_sim/chat/bot', { appId, messagingEndpoint: endpoint });
  });
  afterAll(async () => {
    await sim.close();
    await new Promise((resolve) => bot.close(resolve));
  });

  const token = async (forApp: string, scope: string) => {
    const response = await fetch(`${sim.url}/${tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: forApp,
        client_secret: `secret-${forApp}`,
        scope,
      }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const connector = async (method: string, path: string, bearer: string | undefined, body?: unknown) => {
    const response = await fetch(`${sim.url}/botframework/teams/v3/conversations${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json().catch(() => undefined)) as any };
  };
  const card = {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: { type: 'AdaptiveCard', version: '1.5', body: [] },
  };

  it('signs each activity as the channel does, with keys endorsed for msteams', async () => {
    const answer = await control('POST', `/_sim/chat/users/${user}/install`);
    expect(answer.body.botStatus).toBe(200);
    const { authorization, activity } = received.at(-1)!;
    expect(activity).toMatchObject({
      type: 'conversationUpdate',
      channelId: 'msteams',
      serviceUrl: `${sim.url}/botframework/teams/`,
      conversation: { conversationType: 'personal', tenantId },
      membersAdded: [{ id: `28:${appId}` }],
    });
    const config = (await (
      await fetch(`${sim.url}/botframework/v1/.well-known/openidconfiguration`)
    ).json()) as any;
    const keys = (await (await fetch(config.jwks_uri)).json()) as any;
    expect(keys.keys.every((k: any) => k.endorsements.includes('msteams'))).toBe(true);
    const { payload } = await jwtVerify(
      authorization!.slice('Bearer '.length),
      createRemoteJWKSet(new URL(config.jwks_uri)),
      {
        issuer: 'https://api.botframework.com',
        audience: appId,
      },
    );
    expect(payload.serviceurl).toBe(activity.serviceUrl);
  });

  it('lets the registered bot post a card with its Bot Framework token, and keeps it in the transcript', async () => {
    const { conversationId } = (await control('POST', `/_sim/chat/users/${user}/install`)).body;
    const bearer = await token(appId, 'https://api.botframework.com/.default');
    const sent = await connector('POST', `/${conversationId}/activities`, bearer, {
      type: 'message',
      attachments: [card],
    });
    expect(sent.status).toBe(201);
    const transcript = (await control('GET', `/_sim/chat/users/${user}/transcript`)).body.activities;
    expect(transcript.at(-1)).toMatchObject({
      id: sent.body.id,
      from: { id: `28:${appId}` },
      attachments: [card],
    });
    const updated = await connector('PUT', `/${conversationId}/activities/${sent.body.id}`, bearer, {
      type: 'message',
      text: 'edited',
    });
    expect(updated.status).toBe(200);
    const members = await connector('GET', `/${conversationId}/members`, bearer);
    expect(members.body).toEqual([
      expect.objectContaining({ id: `29:${user}`, aadObjectId: user, tenantId }),
    ]);
  });

  it.each([
    ['no token', async () => undefined],
    ['a Graph token', () => token(appId, 'https://graph.microsoft.com/.default')],
    ['another app’s token', () => token(otherAppId, 'https://api.botframework.com/.default')],
  ])('refuses a Connector call with %s (401)', async (_name, bearer) => {
    const { conversationId } = (await control('POST', `/_sim/chat/users/${user}/install`)).body;
    const sent = await connector('POST', `/${conversationId}/activities`, await bearer(), {
      type: 'message',
      text: 'hi',
    });
    expect(sent).toMatchObject({ status: 401, body: { error: { code: 'Unauthorized' } } });
  });

  it('refuses a card that is not an Adaptive Card of version 1.x, and an unknown conversation', async () => {
    const bearer = await token(appId, 'https://api.botframework.com/.default');
    const { conversationId } = (await control('POST', `/_sim/chat/users/${user}/install`)).body;
    const bad = { contentType: card.contentType, content: { type: 'AdaptiveCard', body: [] } };
    expect(
      (
        await connector('POST', `/${conversationId}/activities`, bearer, {
          type: 'message',
          attachments: [bad],
        })
      ).body.error.code,
    ).toBe('BadArgument');
    expect(
      (await connector('POST', '/a:nowhere/activities', bearer, { type: 'message', text: 'x' })).status,
    ).toBe(404);
  });

  it('opens a personal chat only with a user who installed the app (403 otherwise)', async () => {
    const bearer = await token(appId, 'https://api.botframework.com/.default');
    const stranger = 'f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b9c';
    await control('POST', '/_sim/users', {
      id: stranger,
      tenantId,
      displayName: 'Sy Stranger',
      userPrincipalName: 'sy@northwind.example',
    });
    const refused = await connector('POST', '', bearer, {
      members: [{ id: stranger }],
      tenantId,
      isGroup: false,
    });
    expect(refused.status).toBe(403);
    const opened = await connector('POST', '', bearer, {
      members: [{ id: `29:${user}` }],
      tenantId,
      isGroup: false,
    });
    expect(opened).toMatchObject({ status: 201, body: { id: expect.stringMatching(/^a:/) } });
  });

  it('answers control calls it cannot do with a clear error', async () => {
    const stranger = 'f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b9c';
    expect(
      (await control('POST', `/_sim/chat/users/${stranger}/messages`, { text: 'hi' })).body.error.code,
    ).toBe('appNotInstalled');
    expect((await control('POST', '/_sim/chat/users/nobody/install')).status).toBe(404);
    expect(
      (await control('POST', `/_sim/chat/users/${user}/messages`, { text: '' })).body.error,
    ).toMatchObject({
      code: 'invalidRequest',
      message: expect.stringContaining('text'),
    });
    expect(
      (await control('POST', `/_sim/chat/users/${user}/actions`, { activityId: 'nope', verb: 'x' })).status,
    ).toBe(404);
  });
});
