/**
 * The composition root: the one place that builds every part of the server and wires them together.
 * Long on purpose (it reads top to bottom as the server's start-up); every part it builds lives elsewhere.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import express from 'express';
import pino, { type Logger } from 'pino';
import { createCallProcessor } from '../src/calls';
import {
  type ContactCenter,
  configOrThrow,
  createContactCenterDirectory,
  type EnvironmentConfig,
  loadContactCenter,
} from '../src/config';
import { createAgentService, createRouter, createTaskRouter } from '../src/routing';
import { createStore, type Store } from '../src/store';
import type { RecordingStorage } from '../src/voice';
import { createApi, expressApi } from './api';
import {
  type CallFact,
  createCallingKeys,
  createCallingWebhook,
  createNotificationAuth,
  expressCalling,
} from './calling';
import { registerChatBot, registerWithSimulator, type SimulatedCloud } from './embedded/register-simulator';
import { createGraphPort, type GraphPort } from './graph';
import { mediaRoutes, PromptCatalog } from './media';
import { recordingFolder } from './media/recording-folder';
import {
  type BotFrameworkEndpoints,
  createMessaging,
  microsoftBotFramework,
  simulatedBotFramework,
} from './messaging';
import { createMetrics } from './ops/metrics';
import { tabConfig, tabRoutes } from './tabs';
import { INBOX_GRACE_MS, startInboxWorker } from './workers/inbox-worker';
import { startLoop } from './workers/loop';
import { startOutboxDispatcher } from './workers/outbox-dispatcher';
import { startPresencePoller } from './workers/presence-poller';
import { recoverCalls } from './workers/recover-calls';
import { startTimerWorker } from './workers/timer-worker';

export interface ServerOptions {
  env: EnvironmentConfig;
  logger?: Logger;
  /** The store to use instead of opening one from the environment (tests share one per run). */
  store?: Store;
  /** Starts an in-process simulator for the embedded mode; given by the entry point so tests can choose. */
  startSimulator?: (port: number) => Promise<{ url: string; close(): Promise<void> }>;
  /** Agents start available in the embedded demo; a real deployment starts them offline. */
  agentsStartAvailable?: boolean;
  presencePollMs?: number;
  keepAliveMs?: number;
  /** The routing sweep behind the wake-ups; 2 s unless given (tests lengthen it to prove the wake-ups). */
  routingSweepMs?: number;
  /** The API stream's safety-net read behind commit notices; 2 s unless given. */
  apiPollMs?: number;
  /** Where voicemail recordings are kept; a folder beside the embedded database (`.data/recordings`) unless given. */
  recordings?: RecordingStorage;
  /** Bot Framework endpoints of the messaging bot instead of Microsoft's (or the simulator's). */
  botFramework?: Partial<BotFrameworkEndpoints>;
  /** How often queue alert thresholds are read again between events; 1 s unless given. */
  alertCheckMs?: number;
}

export interface RunningServer {
  url: string;
  simulatorUrl: string | undefined;
  contactCenter: ContactCenter;
  store: Store;
  graph: GraphPort;
  /** The audience the Switchboard API accepts tokens for (`API_AUDIENCE`, or `api://switchboard` with a simulator). */
  apiAudience: string;
  /** Waits until background work started so far (webhook dispatch, outbox, routing, chat notices) has settled. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { env } = options;
  const logger = options.logger ?? pino({ level: env.logLevel, base: { service: 'switchboard' } });
  const instanceId = randomUUID();
  const closers: (() => Promise<void>)[] = [];

  const prompts = await PromptCatalog.load();
  const contactCenterFile = resolve(env.contactCenterFile);
  const contactCenter = configOrThrow(
    await loadContactCenter(contactCenterFile, { shippedPrompts: prompts.names }),
    'contactCenter',
    contactCenterFile,
  );
  const directory = createContactCenterDirectory(contactCenter);

  const store =
    options.store ??
    (await createStore(
      env.database.kind === 'postgres'
        ? { databaseUrl: env.database.url }
        : { dataDir: env.database.dataDir },
    ));
  if (!options.store) closers.push(() => store.close());

  const callbackUri = `${env.botEndpoint}/api/calling`;
  const cloud = await resolveCloud(env, contactCenter, callbackUri, options, closers);
  const metrics = createMetrics(store);
  const graph = createGraphPort({
    clientId: cloud.appId,
    clientSecret: cloud.appSecret,
    logger,
    graphBaseUrl: cloud.graphBaseUrl,
    authorityHost: cloud.authorityHost,
    onRequest: (m) => metrics.graph(m),
  });

  const configDir = dirname(contactCenterFile);
  const recordings =
    options.recordings ??
    recordingFolder(
      env.database.kind === 'pglite' && !env.database.dataDir.includes('://')
        ? join(dirname(resolve(env.database.dataDir)), 'recordings')
        : resolve('.data', 'recordings'),
    );
  const processor = createCallProcessor({
    store,
    directory,
    newId: randomUUID,
    keepAliveMs: options.keepAliveMs ?? 10 * 60_000,
    // Audio the server does not hold (a URL) is assumed to play two minutes at most.
    playSeconds: (list) =>
      list.reduce((sum, prompt) => sum + (prompts.durationMs(prompt, configDir) ?? 120_000) / 1000, 0),
    committed: (after) => {
      if (after.outboxIds.length > 0) outbox.kick();
      for (const key of after.wake) {
        const [tenantId, queueId] = key.split('/') as [string, string];
        void router
          .routeQueue(tenantId, queueId)
          .catch((err: unknown) => logger.error({ err, tenantId, queueId }, 'routing failed'));
      }
      for (const key of after.tasks) {
        const [tenantId, queueId] = key.split('/') as [string, string];
        void tasks
          .routeQueue(tenantId, queueId)
          .catch((err: unknown) => logger.error({ err, tenantId, queueId }, 'giving out tasks failed'));
      }
      for (const key of after.agents) {
        const [tenantId, agentId] = key.split('/') as [string, string];
        void router
          .routeAgent(tenantId, agentId)
          .catch((err: unknown) => logger.error({ err, tenantId, agentId }, 'routing failed'));
      }
    },
  });
  const router = createRouter({ store, directory, processor, now: Date.now });
  const tasks = createTaskRouter({ store, directory, processor, now: Date.now });
  const agents = createAgentService({ store, processor, now: Date.now });
  for (const tenant of contactCenter.tenants)
    await agents.ensureAgents(tenant, options.agentsStartAvailable ?? false);

  const apiAudience = env.apiAudience ?? (cloud.simulatorUrl ? SIMULATED_API_AUDIENCE : undefined);
  if (!apiAudience) throw new Error('API_AUDIENCE is required to serve the Switchboard API');
  const api = await createApi({
    authorityHost: cloud.authorityHost,
    audiences: [apiAudience],
    contactCenter,
    directory,
    store,
    agents,
    processor,
    graph,
    logger,
    pollMs: options.apiPollMs,
    recordings,
  });
  closers.unshift(() => api.close());

  // The messaging bot is the same Entra app as the calling bot; a single-tenant bot signs in at its tenant.
  const botTenantId = env.botTenantId ?? (cloud.simulatorUrl ? contactCenter.tenants[0]?.id : undefined);
  const messaging = await createMessaging({
    appId: cloud.appId,
    appSecret: cloud.appSecret,
    appTenantId: botTenantId,
    endpoints: {
      ...(cloud.simulatorUrl
        ? simulatedBotFramework(cloud.simulatorUrl, botTenantId ?? 'botframework.com')
        : microsoftBotFramework(botTenantId)),
      ...(env.botFrameworkOpenIdMetadataUrl
        ? { channelOpenIdMetadataUrl: env.botFrameworkOpenIdMetadataUrl }
        : {}),
      ...options.botFramework,
    },
    contactCenter,
    directory,
    store,
    agents,
    instanceId,
    logger,
    now: Date.now,
    alertCheckMs: options.alertCheckMs,
  });
  closers.unshift(() => messaging.close());
  if (cloud.simulatorUrl)
    await registerChatBot(cloud.simulatorUrl, cloud.appId, `${env.botEndpoint}/api/messages`);

  const outbox = startOutboxDispatcher({
    store,
    graph,
    processor,
    resolvePrompt: (prompt) => prompts.resolvePrompt(prompt, { mediaBaseUrl: env.botEndpoint, configDir }),
    callbackUri,
    instanceId,
    logger,
    now: Date.now,
    applicationInstanceOf: (tenantId, phone) => {
      const route = directory.numberByPhone(phone);
      return route?.tenant.id === tenantId ? route.number.applicationInstanceId : undefined;
    },
    recordings,
  });
  const timers = startTimerWorker({ store, processor, instanceId, logger, now: Date.now });
  const presence = startPresencePoller({
    tenants: contactCenter.tenants,
    directory,
    graph,
    agents,
    logger,
    everyMs: options.presencePollMs ?? 3000,
  });
  const sweep = startLoop(
    'routing',
    options.routingSweepMs ?? 2000,
    async () => {
      const tenantIds = contactCenter.tenants.map((t) => t.id);
      await router.sweep(tenantIds);
      await tasks.sweep(tenantIds);
    },
    logger,
  );
  closers.push(async () => {
    await Promise.all([outbox.stop(), timers.stop(), presence.stop(), sweep.stop()]);
  });

  const dispatchFacts = async (facts: CallFact[]) => {
    for (const fact of facts) {
      const outcome =
        fact.kind === 'incoming'
          ? await processor.incoming(fact)
          : fact.kind === 'legEvent'
            ? await processor.leg(fact.tenantId, fact.interactionId, fact.event)
            : await processor.event(fact.tenantId, fact.callId, fact.event);
      if (!outcome.ok)
        logger.info(
          { tenantId: fact.tenantId, callId: fact.callId, reason: outcome.reason },
          'notification not processed',
        );
    }
  };
  const inboxWorker = startInboxWorker({ store, dispatch: dispatchFacts, logger, now: Date.now });
  closers.push(() => inboxWorker.stop());
  const webhook = createCallingWebhook({
    authenticate: createNotificationAuth({
      appId: cloud.appId,
      keys: createCallingKeys({ metadataUrl: cloud.callingOpenIdMetadataUrl }),
    }),
    dispatch: dispatchFacts,
    // PGlite runs on this event loop, one statement at a time: one POST at a time leaves room to acknowledge.
    // Its store serves one process, whose restart resumes the calls it held, so it keeps no inbox.
    concurrency: store.dialect === 'postgres' ? 4 : 1,
    inbox:
      store.dialect === 'postgres'
        ? {
            keep: (tenantId, facts) => store.inbox.add(tenantId, facts, Date.now() + INBOX_GRACE_MS),
            done: (id) => store.inbox.remove(id),
          }
        : undefined,
    logger,
    now: Date.now,
    onAck: (ms, status) => metrics.ack(ms, status),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(expressCalling(webhook));
  app.use(mediaRoutes(prompts));
  app.use(expressApi(api.handle, { logger }));
  app.use(
    tabRoutes(
      tabConfig({
        simulatorUrl: cloud.simulatorUrl,
        apiAudience,
        clientId: cloud.appId,
        authorityHost: cloud.authorityHost,
      }),
    ),
  );
  app.use(messaging.routes);
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    try {
      await store.interactions.queueLengths(contactCenter.tenants[0]?.id ?? '');
      res.json({ status: 'ready', tenants: contactCenter.tenants.length });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', reason: String(err) });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const server = app.listen(env.port);
  await new Promise<void>((ok, fail) => {
    server.once('listening', ok);
    server.once('error', fail);
  });
  closers.unshift(async () => {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  logger.info({ url, instanceId, tenants: contactCenter.tenants.length }, 'switchboard listening');
  // Listening first: the calls it resumes answer to this server.
  const recovered = recoverCalls({
    tenants: contactCenter.tenants,
    store,
    graph,
    processor,
    logger,
    now: Date.now,
  }).catch((err: unknown) => logger.error({ err }, 'recovering held calls failed'));

  return {
    url,
    simulatorUrl: cloud.simulatorUrl,
    contactCenter,
    store,
    graph,
    apiAudience,
    settle: async () => {
      await recovered;
      await webhook.idle();
      await outbox.settle();
      await messaging.settle();
    },
    close: async () => {
      await recovered;
      for (const close of closers) await close();
    },
  };
}

/**
 * The API's audience with a simulator and no `API_AUDIENCE`: the simulator mints user tokens for any audience
 * it is asked for, so the tabs (and tests) ask for this one.
 */
export const SIMULATED_API_AUDIENCE = 'api://switchboard';

/** Microsoft's endpoints and the bot's credentials: from the environment, or from a simulator. */
async function resolveCloud(
  env: EnvironmentConfig,
  contactCenter: ContactCenter,
  callbackUri: string,
  options: ServerOptions,
  closers: (() => Promise<void>)[],
): Promise<SimulatedCloud | (Omit<SimulatedCloud, 'simulatorUrl'> & { simulatorUrl: undefined })> {
  const { cloud } = env;
  if (cloud.kind === 'microsoft') {
    if (!env.bot) throw new Error('BOT_ID and BOT_PASSWORD are required to talk to Microsoft');
    return {
      appId: env.bot.appId,
      appSecret: env.bot.password,
      graphBaseUrl: cloud.endpoints.graphBaseUrl,
      authorityHost: cloud.endpoints.authorityHost,
      callingOpenIdMetadataUrl: cloud.endpoints.callingOpenIdMetadataUrl,
      simulatorUrl: undefined,
    };
  }
  let simulatorUrl: string;
  if (cloud.kind === 'externalSimulator') simulatorUrl = cloud.simulatorUrl.replace(/\/$/, '');
  else {
    if (!options.startSimulator) throw new Error('embedded mode needs a simulator to start');
    const simulator = await options.startSimulator(cloud.simulatorPort);
    closers.push(() => simulator.close());
    simulatorUrl = simulator.url;
  }
  // A fixed BOT_ID and BOT_PASSWORD keep the bot's identity across restarts (its calls stay its own).
  const registered = await registerWithSimulator(
    simulatorUrl,
    contactCenter,
    callbackUri,
    env.bot?.appId,
    env.bot?.password,
  );
  return {
    ...registered,
    graphBaseUrl: cloud.endpoints.graphBaseUrl ?? registered.graphBaseUrl,
    authorityHost: cloud.endpoints.authorityHost ?? registered.authorityHost,
    callingOpenIdMetadataUrl: cloud.endpoints.callingOpenIdMetadataUrl ?? registered.callingOpenIdMetadataUrl,
  };
}
