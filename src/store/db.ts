import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/**
 * A drizzle handle on the store's schema: the database itself or a transaction, on either driver.
 * Repositories take one, so the same code runs in autocommit or inside `Store.transaction`.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

/** Which back end a store runs on: embedded PGlite or a PostgreSQL server. */
export type Dialect = 'pglite' | 'postgres';
