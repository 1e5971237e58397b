import type { AddressInfo } from 'node:net';
import express from 'express';
import { createChatChannel } from './chat';
import { createClock } from './clock';
import { directoryRoutes } from './control/directory-routes';
import { pstnRoutes } from './control/pstn-routes';
import { runRoutes } from './control/run-routes';
import { userRoutes } from './control/user-routes';
import { Notifier } from './engine/notifier';
import { defaultSettings, type Sim, type SimSettings } from './engine/sim';
import { type FaultRuleInput, Faults } from './faults';
import { graphApi, type RequestRecord } from './graph/graph-api';
import { expressHandler } from './http/express-adapter';
import { graphError } from './http/graph-error';
import { Router } from './http/router';
import type { Route, SimResponse } from './http/types';
import { createIdentity } from './identity';
import { createPromptLibrary, createRecordings } from './media';
import { pageRoutes, signInRoutes } from './page';
import { Directory } from './world/directory';

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Divides every duration the simulator owns; 20 runs a 15 s deadline in 750 ms. */
  speed?: number;
  settings?: Partial<SimSettings>;
  faults?: FaultRuleInput[];
}

/** A running simulator and where a bot finds each of Microsoft's services in it. */
export interface Simulator {
  url: string;
  /** Set a bot's `GRAPH_BASE_URL` to this. */
  graphBaseUrl: string;
  /** Set a bot's `AUTHORITY_HOST` to this. */
  authorityHost: string;
  /** Set a bot's `CALLING_OPENID_METADATA_URL` to this. */
  callingOpenIdUrl: string;
  controlUrl: string;
  sim: Sim;
  close(): Promise<void>;
}

/**
 * Starts Teams-in-a-box: Graph, Entra ID, the phone network and Teams users on one HTTP port.
 * @example const simulator = await startSimulator({ speed: 20 }); // then point a bot at simulator.graphBaseUrl
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = createClock(options.speed ?? 1);
  const settings = { ...defaultSettings, ...options.settings };
  let url = '';
  const baseUrl = () => url;
  const directory = new Directory();
  const faults = new Faults();
  for (const rule of options.faults ?? []) faults.add(rule);
  const identity = await createIdentity({ baseUrl, directory });
  const notifier = new Notifier({
    clock,
    faults,
    ackDeadlineMs: settings.ackDeadlineMs,
    sign: (appId, tenantId) => identity.signNotification(appId, tenantId),
  });
  const sim: Sim = {
    clock,
    settings,
    faults,
    directory,
    notifier,
    prompts: createPromptLibrary({ fetchTimeoutMs: 10_000 }),
    recordings: createRecordings({ baseUrl, clock }),
    calls: new Map(),
    pstn: new Map(),
    clients: new Map(),
    media: new Map(),
    ringingPhones: new Map(),
    baseUrl,
  };
  const requests: RequestRecord[] = [];
  const graph = graphApi(sim, (authorization) => identity.verifyGraphToken(authorization), requests);

  const router = new Router();
  const mount = (routes: Array<[string, string, Route]>) => {
    for (const [method, pattern, route] of routes) router.add(method, pattern, route);
  };
  mount(identity.routes);
  mount(sim.recordings.routes);
  mount(directoryRoutes(sim));
  mount(userRoutes(sim, identity.issueUserToken));
  mount(pstnRoutes(sim));
  mount(runRoutes(sim, requests));
  mount(pageRoutes());
  mount(signInRoutes(directory, (userId, audience) => identity.issueUserToken(userId, audience)));
  const chat = await createChatChannel({
    baseUrl,
    directory,
    verifyAppToken: identity.verifyAppToken,
    now: Date.now,
  });
  mount(chat.routes);

  const notFound = (allowed: string[]): SimResponse =>
    allowed.length > 0
      ? {
          status: 405,
          headers: { allow: allowed.join(', ') },
          body: { error: { code: 'methodNotAllowed', message: `allowed: ${allowed.join(', ')}` } },
        }
      : { status: 404, body: { error: { code: 'notFound', message: 'no such path on the simulator' } } };

  const app = express();
  app.disable('x-powered-by');
  app.use('/v1.0', ...expressHandler(graph, (message) => graphError(400, 'BadRequest', message)));
  app.use(
    ...expressHandler(
      (req) => router.handle(req, notFound),
      (message) => ({ status: 400, body: { error: { code: 'invalidRequest', message } } }),
    ),
  );

  const server = app.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;

  return {
    url,
    graphBaseUrl: `${url}/v1.0`,
    authorityHost: url,
    callingOpenIdUrl: `${url}/calling/v1/.well-known/OpenIdConfiguration`,
    controlUrl: `${url}/_sim`,
    sim,
    close: async () => {
      for (const call of sim.calls.values()) for (const timer of call.timers.values()) timer.cancel();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
