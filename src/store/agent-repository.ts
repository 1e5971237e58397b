import { and, asc, count, eq, getTableColumns, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { type AgentState, type AgentStatus, routablePresences } from '../domain/agent';
import { fromAgentRow } from './agent-rows';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { agents } from './schema';
import { StoreError } from './store-error';

/** An agent as the contact-center file declares it: the status and queues a newly created row starts with. */
export interface ConfiguredAgent {
  id: string;
  /** Status of a new row; `offline` unless given. */
  status?: AgentStatus;
  /** Queues a new row is signed in to; none unless given. */
  signedInQueues?: string[];
}

/** One Teams presence reading for an agent, as `getPresencesByUserId` returns it. */
export interface PresenceReading {
  id: string;
  availability: string;
  activity: string;
}

/** Options of `ready`: whether Teams presence must be Available/AvailableIdle (a queue may turn it off). */
export interface ReadyOptions {
  requirePresence?: boolean;
  /** Agents signed in to any of these queues are ready too (a queue's escalation adds them). */
  alsoFrom?: string[];
  /** Lock the rows (`FOR UPDATE SKIP LOCKED`); true unless given. The router reads unlocked and locks its pick. */
  lock?: boolean;
  /** Longest idle first unless given; round robin reads the least recently offered first. */
  order?: 'longestIdle' | 'roundRobin';
  /** At most this many, after skipping `offset`: the router reads a page at a time. All unless given. */
  limit?: number;
  offset?: number;
}

/** Agents' live routing state over a database or transaction handle; `lock` and `ready` need a transaction. */
export function agentRepository(db: Db) {
  const byId = (tenantId: string, id: string) =>
    db
      .select()
      .from(agents)
      .where(and(eq(agents.tenantId, tenantId), eq(agents.id, id)));
  const one = async (rows: Promise<(typeof agents.$inferSelect)[]>) => {
    const [row] = await rows;
    return row === undefined ? undefined : fromAgentRow(row);
  };

  return {
    /** Creates rows for configured agents that have none; existing rows keep their live state. Returns how many were created. */
    upsertConfigured: (tenantId: string, configured: ConfiguredAgent[], now: number): Promise<number> =>
      storeOperation('agents.upsertConfigured', { tenantId }, async () => {
        if (configured.length === 0) return 0;
        const rows = configured.map((agent) => ({
          tenantId,
          id: agent.id,
          status: agent.status ?? 'offline',
          since: now,
          idleSince: now,
          lastOfferedAt: 0,
          signedInQueues: agent.signedInQueues ?? [],
        }));
        const created = await db
          .insert(agents)
          .values(rows)
          .onConflictDoNothing()
          .returning({ id: agents.id });
        return created.length;
      }),

    /** The agent's live state, if stored. */
    get: (tenantId: string, id: string) => one(byId(tenantId, id)),

    /** Every agent of a tenant, by id. */
    list: async (tenantId: string): Promise<AgentState[]> =>
      (await db.select().from(agents).where(eq(agents.tenantId, tenantId)).orderBy(asc(agents.id))).map(
        fromAgentRow,
      ),

    /**
     * How many agents serve a queue now (signed in to it, neither offline nor not ready): the wait estimate's
     * divisor. A count in SQL, because it runs on every transition of a waiting call.
     */
    countServing: async (tenantId: string, queueId: string): Promise<number> => {
      const [row] = await db
        .select({ n: count() })
        .from(agents)
        .where(
          and(
            eq(agents.tenantId, tenantId),
            sql`${queueId} = any(${agents.signedInQueues})`,
            notInArray(agents.status, ['offline', 'notReady']),
          ),
        );
      return row?.n ?? 0;
    },

    /** Reads and locks (`FOR UPDATE`) an agent until the transaction ends. */
    lock: (tenantId: string, id: string) => one(byId(tenantId, id).for('update')),

    /** Reads and locks the stored agents among `ids`, in id order (so two batches cannot deadlock). */
    lockMany: async (tenantId: string, ids: string[]): Promise<AgentState[]> =>
      ids.length === 0
        ? []
        : (
            await db
              .select()
              .from(agents)
              .where(and(eq(agents.tenantId, tenantId), inArray(agents.id, ids)))
              .orderBy(asc(agents.id))
              .for('update')
          ).map(fromAgentRow),

    /** Writes an agent's routing state (status, reason, times, queues, interaction); presence is `setPresence`'s. */
    update: (agent: AgentState): Promise<void> =>
      storeOperation('agents.update', { tenantId: agent.tenantId, agentId: agent.id }, async () => {
        const written = await db
          .update(agents)
          .set({
            status: agent.status,
            reason: agent.reason ?? null,
            since: agent.since,
            idleSince: agent.idleSince,
            lastOfferedAt: agent.lastOfferedAt,
            signedInQueues: agent.signedInQueues,
            interactionId: agent.interactionId ?? null,
            callSeenInTeams: agent.callSeenInTeams,
          })
          .where(and(eq(agents.tenantId, agent.tenantId), eq(agents.id, agent.id)))
          .returning({ id: agents.id });
        if (written.length === 0) {
          throw new StoreError('notFound', 'agents.update', { tenantId: agent.tenantId, agentId: agent.id });
        }
      }),

    /**
     * Signs the agent in to one queue, or out of it, under a row lock (run it in a transaction), writing
     * only `signed_in_queues`. Returns the agent as it now is and whether anything changed; undefined when
     * there is no such agent. Whether the agent belongs to the queue is the caller's to check.
     */
    setQueueSignIn: (
      tenantId: string,
      id: string,
      queueId: string,
      signedIn: boolean,
    ): Promise<{ agent: AgentState; changed: boolean } | undefined> =>
      storeOperation('agents.setQueueSignIn', { tenantId, agentId: id, queueId }, async () => {
        const agent = await one(byId(tenantId, id).for('update'));
        if (!agent) return undefined;
        const had = agent.signedInQueues.includes(queueId);
        if (had === signedIn) return { agent, changed: false };
        const signedInQueues = signedIn
          ? [...agent.signedInQueues, queueId]
          : agent.signedInQueues.filter((queue) => queue !== queueId);
        await db
          .update(agents)
          .set({ signedInQueues })
          .where(and(eq(agents.tenantId, tenantId), eq(agents.id, id)));
        return { agent: { ...agent, signedInQueues }, changed: true };
      }),

    /**
     * Locks the agents who could take a call from a queue now (signed in, available, holding nothing and,
     * unless turned off, present in Teams), longest idle first. Rows another transaction holds are skipped.
     */
    ready: async (tenantId: string, queueId: string, options: ReadyOptions = {}): Promise<AgentState[]> => {
      const order =
        options.order === 'roundRobin'
          ? [asc(agents.lastOfferedAt), asc(agents.idleSince), asc(agents.id)]
          : [asc(agents.idleSince), asc(agents.id)];
      let query = db
        .select()
        .from(agents)
        .where(readyFor(tenantId, queueId, options))
        .orderBy(...order)
        .$dynamic();
      if (options.limit !== undefined) query = query.limit(options.limit).offset(options.offset ?? 0);
      const rows = await (options.lock === false ? query : query.for('update', { skipLocked: true }));
      return rows.map(fromAgentRow);
    },

    /**
     * Locks one agent if still ready for the queue (the same conditions as `ready`, checked again under the
     * lock), skipping a row another transaction holds: undefined when someone else has them or they changed.
     */
    lockReady: async (
      tenantId: string,
      id: string,
      queueId: string,
      options: ReadyOptions = {},
    ): Promise<AgentState | undefined> => {
      const [row] = await db
        .select()
        .from(agents)
        .where(and(readyFor(tenantId, queueId, options), eq(agents.id, id)))
        .for('update', { skipLocked: true });
      return row === undefined ? undefined : fromAgentRow(row);
    },

    /**
     * Records a batch of Teams presence readings and returns the agents whose presence changed (with the
     * new presence), so the caller can react to, e.g., InACall -> Available. Unknown ids are ignored.
     */
    setPresence: async (
      tenantId: string,
      readings: PresenceReading[],
      now: number,
    ): Promise<AgentState[]> => {
      if (readings.length === 0) return [];
      const values = sql.join(
        readings.map((r) => sql`(${r.id}, ${r.availability}, ${r.activity})`),
        sql`, `,
      );
      const rows = await db
        .update(agents)
        .set({
          presenceAvailability: sql`p.availability`,
          presenceActivity: sql`p.activity`,
          presenceAt: now,
        })
        .from(sql`(values ${values}) as p(id, availability, activity)`)
        .where(
          and(
            eq(agents.tenantId, tenantId),
            sql`${agents.id} = p.id`,
            sql`(${agents.presenceAvailability} is distinct from p.availability or ${agents.presenceActivity} is distinct from p.activity)`,
          ),
        )
        .returning(getTableColumns(agents));
      return rows.map(fromAgentRow);
    },
  };
}

/** Who can take a call of the queue now: signed in, available, holding nothing, present in Teams if asked. */
function readyFor(tenantId: string, queueId: string, options: ReadyOptions) {
  return and(
    eq(agents.tenantId, tenantId),
    eq(agents.status, 'available'),
    isNull(agents.interactionId),
    options.alsoFrom?.length
      ? sql`${agents.signedInQueues} && array[${sql.join(
          [queueId, ...options.alsoFrom].map((id) => sql`${id}`),
          sql`, `,
        )}]::text[]`
      : sql`${queueId} = any(${agents.signedInQueues})`,
    options.requirePresence === false
      ? undefined
      : inArray(agents.presenceAvailability, [...routablePresences]),
  );
}

/** Agents' live routing state, bound to a handle. */
export type AgentRepository = ReturnType<typeof agentRepository>;
