import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { type RunningServer, startServer } from '../../../bot/server';
import { type Simulator, startSimulator } from '../../../simulator/server';
import { configOrThrow, parseEnvironment } from '../../../src/config';
import { createStore, type Store } from '../../../src/store';
import { freePort, postgresUrl, roomyDeadlines, simulatorControl } from '../contact-center/harness';

export const tenantId = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
export const salesNumber = '+14255550100';
export const ann = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const bo = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
export const sam = 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a';
/** A Teams user of the tenant who is neither agent nor supervisor. */
export const nia = 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b';
export const botPassword = 'messaging-test-secret';

/**
 * The bot's app id, one per simulator and the same for every server started against it (a restart keeps
 * its identity). botframework-connector caches Connector tokens process-wide by app id, so a test file with
 * two simulators (one per store) must not give both the same bot.
 */
const botIds = new WeakMap<Simulator, string>();
export function botIdFor(simulator: Simulator): string {
  let id = botIds.get(simulator);
  if (!id) {
    id = randomUUID();
    botIds.set(simulator, id);
  }
  return id;
}

/** A database that can be opened again after it was closed (a restart), and dropped at the end. */
export interface Database {
  open(): Promise<Store>;
  drop(): Promise<void>;
}

let schemas = 0;
/** PGlite on disk in a temporary folder, or a fresh PostgreSQL schema. */
export async function database(kind: string): Promise<Database> {
  if (kind === 'PostgreSQL') {
    const schema = `sb_msg_${process.pid}_${Date.now()}_${schemas++}`;
    return {
      open: () => createStore({ databaseUrl: postgresUrl, schema }),
      drop: async () => {
        const store = await createStore({ databaseUrl: postgresUrl, schema });
        await store.db.execute(`drop schema if exists "${schema}" cascade` as never);
        await store.close();
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'sb-messaging-'));
  return {
    open: () => createStore({ dataDir: dir }),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Starts the real server on `store` against `simulator`, with a fixed bot identity (it survives restarts). */
export async function startBot(
  simulator: Simulator,
  store: Store,
  agentsStartAvailable = true,
  contactCenterFile = 'messaging-center.yaml',
): Promise<RunningServer> {
  const env = configOrThrow(
    parseEnvironment({
      PORT: String(await freePort()),
      SIMULATOR_URL: simulator.url,
      BOT_ID: botIdFor(simulator),
      BOT_PASSWORD: botPassword,
      CONTACT_CENTER_CONFIG: join(__dirname, contactCenterFile),
      LOG_LEVEL: 'silent',
    }),
    'environment',
  );
  return startServer({
    env,
    store,
    logger: pino({ level: process.env.MESSAGING_TEST_LOG ?? 'silent' }),
    agentsStartAvailable,
    presencePollMs: 150,
    alertCheckMs: 100,
  });
}

/** The simulator at speed 20 with Graph deadlines roomy enough for a loaded machine. */
export const simulator = () => startSimulator({ speed: 20, settings: roomyDeadlines });

/** The chat side of the simulator's control API, as a Teams user would act. */
export function teamsChat(simulatorUrl: string) {
  const control = simulatorControl(simulatorUrl);
  return {
    control,
    addUser: (id: string, displayName: string) =>
      control('POST', '/_sim/users', {
        id,
        tenantId,
        displayName,
        userPrincipalName: `${displayName.toLowerCase().replace(/\W+/g, '.')}@northwind.example`,
      }),
    install: (userId: string) => control('POST', `/_sim/chat/users/${userId}/install`),
    say: (userId: string, text: string) => control('POST', `/_sim/chat/users/${userId}/messages`, { text }),
    click: (userId: string, activityId: string, verb: string, data?: Record<string, unknown>) =>
      control('POST', `/_sim/chat/users/${userId}/actions`, { activityId, verb, ...(data ? { data } : {}) }),
    transcript: async (userId: string): Promise<any[]> =>
      (await control('GET', `/_sim/chat/users/${userId}/transcript`)).body.activities,
  };
}

/** The cards the bot sent in a transcript, newest last. */
export function botCards(activities: any[]): any[] {
  return activities
    .filter((a) => a.from.id.startsWith('28:'))
    .flatMap((a) => (a.attachments ?? []).map((x: any) => ({ id: a.id, updates: a.updates, ...x.content })));
}

/** Every text of a card, in order, one string (so tests read what a user reads). */
export function cardText(card: any): string {
  const out: string[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'TextBlock') out.push(node.text);
    if (node.type === 'FactSet') for (const f of node.facts) out.push(`${f.title}: ${f.value}`);
    if (node.type === 'Action.Execute') out.push(`[${node.title}]`);
    for (const [key, value] of Object.entries(node)) if (key !== 'refresh') walk(value);
  };
  walk(card.body);
  walk(card.actions ?? []);
  return out.join('\n');
}

/** Waits until `read` satisfies `done`. */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`not reached in ${timeoutMs} ms; last: ${JSON.stringify(value).slice(0, 1500)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
