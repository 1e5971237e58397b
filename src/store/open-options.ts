import type { Db, Dialect } from './db';
import type { EventWatch, EventWatcher } from './event-watch';

/** What both drivers need to open the store: where migrations live and, optionally, a schema to work in. */
export interface OpenOptions {
  migrationsFolder: string;
  /** PostgreSQL schema holding the tables (and the migrations journal); the default search path otherwise. */
  schema?: string;
  /** Most connections a PostgreSQL pool opens; ignored by PGlite. */
  maxConnections?: number;
}

/** A migrated database, ready for repositories. */
export interface OpenedDatabase {
  db: Db;
  dialect: Dialect;
  /** Hears of committed events (LISTEN on PostgreSQL, PGlite's own notices in-process). */
  watchEvents(watcher: EventWatcher): Promise<EventWatch>;
  close(): Promise<void>;
}
