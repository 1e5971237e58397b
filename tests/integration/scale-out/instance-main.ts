/**
 * One server instance of a scale-out test (or a benchmark), as its own process (so it can be SIGKILLed): the
 * real server on the environment's settings, on PostgreSQL in the schema `SCALE_OUT_SCHEMA`, or without
 * `DATABASE_URL` on PGlite in memory. Prints `listening <url>`.
 */
import pino from 'pino';
import { startServer } from '../../../bot/server';
import { configOrThrow, parseEnvironment } from '../../../src/config';
import { createStore } from '../../../src/store';

async function main(): Promise<void> {
  const env = configOrThrow(parseEnvironment(process.env), 'environment');
  const store =
    env.database.kind === 'postgres'
      ? await createStore({ databaseUrl: env.database.url, schema: process.env.SCALE_OUT_SCHEMA })
      : await createStore({ dataDir: 'memory://' });
  const server = await startServer({
    env,
    store,
    logger: pino({ level: env.logLevel }),
    agentsStartAvailable: true,
    presencePollMs: Number(process.env.SCALE_OUT_PRESENCE_MS ?? 200),
    routingSweepMs: Number(process.env.SCALE_OUT_SWEEP_MS ?? 2000),
  });
  process.stdout.write(`listening ${server.url}\n`);
  process.once('SIGTERM', () => {
    void server
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`instance: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
