import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { type Simulator, startSimulator } from '../../../simulator/server';
import { backends } from './backends';
import { ann, bo, freePort, mainNumber, postgresUrl } from './harness';

const root = join(__dirname, '../../..');
const tsx = pathToFileURL(require.resolve('tsx')).href;
const botId = 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a';

/** A database of its own for one run, on PGlite on disk or a fresh PostgreSQL database. */
async function database(kind: string): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (kind === 'PGlite') {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-restart-'));
    return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `sb_restart_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** What the server processes printed, shown when a wait fails. */
let serverOutput = '';

/** The server as its own process (`node --import tsx bot/main.ts`), so it can be killed with SIGKILL. */
function startProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', tsx, join(root, 'bot/main.ts')], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      serverOutput += chunk.toString();
      if (output.includes('Switchboard is running')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before it was ready:\n${output}`)),
    );
  });
}

describe.each(backends())('a server killed mid-queue and restarted, on %s', (kind) => {
  let simulator: Simulator;
  let child: ChildProcess | undefined;
  let db: Awaited<ReturnType<typeof database>>;
  let env: Record<string, string>;
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${simulator.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return (await response.json().catch(() => undefined)) as any;
  };
  const until = async <T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) {
        throw new Error(
          `not reached; last: ${JSON.stringify(value).slice(0, 600)}\nserver said:\n${serverOutput.slice(-3000)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const music = (line: any) => line.heard.filter((p: any) => p.uri.endsWith('/music-on-hold.wav'));

  beforeEach(async () => {
    simulator = await startSimulator({
      speed: 20,
      settings: { answerDeadlineMs: 150_000, ackDeadlineMs: 50_000 },
    });
    db = await database(kind);
    env = {
      PORT: String(await freePort()),
      SIMULATOR_URL: simulator.url,
      BOT_ID: botId,
      BOT_PASSWORD: 'restart-test-secret',
      CONTACT_CENTER_CONFIG: join(__dirname, 'test-center.yaml'),
      ...db.env,
    };
  });
  afterEach(async () => {
    child?.kill('SIGKILL');
    await simulator.close();
    await db.drop();
  });

  it('loses no call: the music resumes, routing resumes, and no event is recorded twice', async () => {
    child = await startProcess(env);
    for (const id of [ann, bo])
      await control('POST', `/_sim/users/${id}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    const legs: string[] = [];
    for (const from of ['+14255550111', '+14255550222']) {
      const leg = (await control('POST', '/_sim/pstn/calls', { from, to: mainNumber })).id as string;
      await until(
        () => control('GET', `/_sim/pstn/calls/${leg}`),
        (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
      );
      await control('POST', `/_sim/pstn/calls/${leg}/dtmf`, { tones: '1' });
      await until(
        () => control('GET', `/_sim/pstn/calls/${leg}`),
        (l) => music(l).length > 0,
      );
      legs.push(leg);
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    // While no server listens the music ends and its completion is lost: nothing more plays.
    await new Promise((r) => setTimeout(r, 2000));
    const before = await Promise.all(
      legs.map(async (leg) => music(await control('GET', `/_sim/pstn/calls/${leg}`)).length),
    );

    child = await startProcess(env);
    for (const [index, leg] of legs.entries()) {
      const line = await until(
        () => control('GET', `/_sim/pstn/calls/${leg}`),
        (l) => music(l).length > before[index]! && !music(l).at(-1).end,
      );
      expect(line.state).toBe('connected');
    }
    await control('POST', `/_sim/users/${ann}/presence`, {
      availability: 'Available',
      activity: 'Available',
    });
    const ringing = await until(
      () => control('GET', `/_sim/users/${ann}`),
      (u) => u.ringing.length === 1,
    );
    // The first caller in line is offered first.
    expect(ringing.ringing[0].from).toBe('+14255550111');
    await control('POST', `/_sim/users/${ann}/answer`, {});
    await until(
      () => control('GET', `/_sim/pstn/calls/${legs[0]}`),
      (l) => l.connectedTo?.kind === 'user',
    );

    // The log, read by the process's own store: every call arrived and queued once, nothing twice.
    await new Promise((r) => setTimeout(r, 1500)); // the bot has the transfer's completion by then
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    const { createStore } = await import('../../../src/store');
    const store = await createStore(
      db.env.DATABASE_URL ? { databaseUrl: db.env.DATABASE_URL } : { dataDir: db.env.DATA_DIR },
    );
    const tenantId = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
    const events = await store.events.list({ tenantId });
    await store.close();
    const count = (name: string) => events.filter((e) => e.name === name).length;
    expect([count('arrived'), count('queued'), count('offered'), count('connected')]).toEqual([2, 2, 1, 1]);
    const keys = events.map((e) => `${e.interactionId}:${e.name}:${JSON.stringify(e.data)}`);
    expect(new Set(keys).size).toBe(keys.length);
  }, 90_000);
});
