import { join } from 'node:path';
import type { Db, Dialect } from './db';
import { storeOperation } from './driver-error';
import type { EventWatch, EventWatcher } from './event-watch';
import type { OpenedDatabase, OpenOptions } from './open-options';
import { openPglite } from './open-pglite';
import { openPostgres } from './open-postgres';
import { type AutocommitRepositories, repositories, type StoreTx } from './repositories';

/** Where the store lives. With no `databaseUrl`, embedded PGlite under `dataDir`. */
export interface StoreOptions {
  /** A `postgres://` URL; unset means embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's directory (`.data/pglite` unless given), or `memory://` to keep nothing. */
  dataDir?: string;
  /** A PostgreSQL schema to keep the tables in (tests use one each); the default search path otherwise. */
  schema?: string;
  /** Most connections to PostgreSQL; 10 unless given. */
  maxConnections?: number;
  /** Where the SQL migrations are; the ones shipped beside this file unless given. */
  migrationsFolder?: string;
}

/** The opened store: repositories in autocommit, transactions, and the drizzle handle for anything else. */
export interface Store extends AutocommitRepositories {
  db: Db;
  dialect: Dialect;
  /** Runs `work` in one transaction (READ COMMITTED) and commits, or rolls back if it throws. */
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * Hears of events as they are committed, by any instance sharing the database (PostgreSQL LISTEN on a
   * connection of its own) or by this process (PGlite). Closed with the store if still open.
   */
  watchEvents(watcher: EventWatcher): Promise<EventWatch>;
  close(): Promise<void>;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the store and applies pending migrations: PGlite by default, PostgreSQL when `databaseUrl` is set.
 * Throws `StoreError` 'unavailable' when the database cannot be reached.
 *
 * @example
 * const store = await createStore({ dataDir: 'memory://' });
 * await store.transaction(async (tx) => tx.interactions.lockByCallId(tenantId, callId));
 */
export async function createStore(options: StoreOptions = {}): Promise<Store> {
  if (options.schema !== undefined && !schemaName.test(options.schema)) {
    throw new Error(`schema must be a lower-case SQL identifier, got ${JSON.stringify(options.schema)}`);
  }
  const open: OpenOptions = {
    migrationsFolder: options.migrationsFolder ?? join(__dirname, 'migrations'),
    schema: options.schema,
    maxConnections: options.maxConnections,
  };
  const opened = await storeOperation('store.open', { schema: options.schema }, () =>
    options.databaseUrl === undefined
      ? openPglite(options.dataDir ?? '.data/pglite', open)
      : openPostgres(options.databaseUrl, open),
  );
  return storeOver(opened);
}

function storeOver({ db, dialect, watchEvents, close }: OpenedDatabase): Store {
  let closed: Promise<void> | undefined;
  const watches = new Set<EventWatch>();
  return {
    ...repositories(db),
    db,
    dialect,
    transaction: (work) =>
      storeOperation('store.transaction', {}, () => db.transaction((tx) => work(repositories(tx)))),
    watchEvents: async (watcher) => {
      const watch = await storeOperation('store.watchEvents', {}, () => watchEvents(watcher));
      const tracked: EventWatch = {
        close: async () => {
          if (!watches.delete(tracked)) return;
          await watch.close();
        },
      };
      watches.add(tracked);
      return tracked;
    },
    close: () => {
      closed ??= Promise.all([...watches].map((watch) => watch.close())).then(close);
      return closed;
    },
  };
}
