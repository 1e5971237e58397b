import type { Db, Dialect } from './db';

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
  close(): Promise<void>;
}
