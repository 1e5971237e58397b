import { join } from 'node:path';
import pino from 'pino';
import { type RunningServer, startServer } from '../../../bot/server';
import { type Simulator, startSimulator } from '../../../simulator/server';
import { configOrThrow, parseEnvironment } from '../../../src/config';
import { createStore, type Store } from '../../../src/store';
import { backends } from '../contact-center/backends';
import {
  ann,
  bo,
  cy,
  freePort,
  postgresUrl,
  roomyDeadlines,
  simulatorControl,
} from '../contact-center/harness';
import { type FrontDoor, startFrontDoor } from './front-door';

const hasPostgres = backends().some(([name]) => name === 'PostgreSQL');

/**
 * Routing wakes on the instance where something changed, and matches from the shared database: a call queued
 * through instance B is offered as soon as instance A sees an agent become free, long before the sweep.
 */
(hasPostgres ? describe : describe.skip)('routing across instances on PostgreSQL', () => {
  let simulator: Simulator;
  let front: FrontDoor;
  const servers: RunningServer[] = [];
  const stores: Store[] = [];

  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
    await front?.close();
    await simulator?.close();
    for (const store of stores.splice(0)) await store.close();
  });

  it('offers a call queued on instance B to an agent freed on instance A without waiting for the sweep', async () => {
    simulator = await startSimulator({ speed: 20, settings: roomyDeadlines });
    front = await startFrontDoor({ targets: [] });
    const schema = `sb_cross_${process.pid}_${Date.now()}`;
    const start = async (presencePollMs: number) => {
      const store = await createStore({ databaseUrl: postgresUrl, schema });
      stores.push(store);
      const env = configOrThrow(
        parseEnvironment({
          PORT: String(await freePort()),
          SIMULATOR_URL: simulator.url,
          BOT_ID: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
          BOT_PASSWORD: 'cross-instance-secret',
          BOT_ENDPOINT: front.url,
          CONTACT_CENTER_CONFIG: join(__dirname, '..', 'contact-center', 'test-center.yaml'),
          LOG_LEVEL: 'silent',
        }),
        'environment',
      );
      const server = await startServer({
        env,
        store,
        logger: pino({ level: 'silent' }),
        agentsStartAvailable: true,
        presencePollMs,
        routingSweepMs: 600_000,
      });
      servers.push(server);
      return server;
    };
    const control = simulatorControl(simulator.url);
    for (const agent of [ann, bo, cy])
      await control('POST', `/_sim/users/${agent}/presence`, {
        availability: 'Busy',
        activity: 'InAMeeting',
      });
    // A hears of presence within 100 ms; B only every ten minutes. Every notification goes to B.
    const a = await start(100);
    const b = await start(600_000);
    front.setTargets([b.url]);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const leg = (await control('POST', '/_sim/pstn/calls', { from: '+14255550123', to: '+14255550100' })).body
      .id;
    const until = async (done: () => Promise<boolean>, what: string, ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (!(await done())) {
        if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    await until(
      async () =>
        (await control('GET', `/_sim/pstn/calls/${leg}`)).body.heard.some((p: any) =>
          p.uri.endsWith('/main-menu.wav'),
        ),
      'the menu plays',
    );
    await control('POST', `/_sim/pstn/calls/${leg}/dtmf`, { tones: '1' });
    const tenantId = a.contactCenter.tenants[0]!.id;
    await until(
      async () => (await stores[0]!.interactions.queueLengths(tenantId)).sales === 1,
      'the caller waits in Sales',
    );

    await control('POST', `/_sim/users/${ann}/presence`, {
      availability: 'Available',
      activity: 'Available',
    });
    // Well within the ten-minute sweep: A's wake-up claimed B's call from the shared database.
    await until(
      async () => (await control('GET', `/_sim/users/${ann}`)).body.ringing.length === 1,
      'Ann rings',
      15_000,
    );
    const offered = (await stores[0]!.events.list({ tenantId })).filter((e) => e.name === 'offered');
    expect(offered.map((e) => (e.data as { agentId: string }).agentId)).toEqual([ann]);
  });
});
