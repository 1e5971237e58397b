import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Interaction } from '../domain/interaction';
import type { Db } from './db';
import { fromInteractionRow } from './interaction-rows';
import { interactions } from './schema';

/** Reads for supervisors' reports and exports. */
export function reportQueries(db: Db) {
  return {
    /** The tenant's interactions that arrived in `[from, to)`, oldest first, at most `limit`. */
    arrivedBetween: async (
      tenantId: string,
      from: number,
      to: number,
      limit: number,
    ): Promise<Interaction[]> => {
      const rows = await db
        .select()
        .from(interactions)
        .where(
          and(
            eq(interactions.tenantId, tenantId),
            gte(interactions.arrivedAt, from),
            lt(interactions.arrivedAt, to),
          ),
        )
        .orderBy(asc(interactions.arrivedAt), asc(interactions.id))
        .limit(limit);
      return rows.map(fromInteractionRow);
    },
  };
}

/** Report reads, bound to a handle. */
export type ReportQueries = ReturnType<typeof reportQueries>;
