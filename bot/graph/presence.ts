import type { GraphClient } from './graph-client';
import { SlidingWindowLimiter } from './sliding-window-limiter';

/** A user's Teams presence: `availability` (Available, Busy…) and `activity` (InACall, Away…). */
export interface PresenceStatus {
  userId: string;
  availability: string;
  activity: string;
}

/** Graph's presence limits (reference §4.1): 650 ids per request, 1,500 requests per 30 s per app per tenant. */
export const PRESENCE_IDS_PER_REQUEST = 650;
export const PRESENCE_REQUESTS_PER_WINDOW = 1_500;
export const PRESENCE_WINDOW_MS = 30_000;

/** Reading many users' presence at once. */
export interface PresenceApi {
  /** The presence of each user Graph knows in the tenant (unknown ids are left out). */
  getPresences(tenantId: string, userIds: readonly string[]): Promise<PresenceStatus[]>;
}

/** The limiter shared by every presence request of the process, per tenant. */
export interface PresenceOptions {
  limiter?: SlidingWindowLimiter;
}

/**
 * `POST /communications/getPresencesByUserId` in batches of at most 650 ids, each batch waiting its turn in a
 * per-tenant sliding window so the bot stays within 1,500 requests per 30 s instead of being throttled.
 * @example const presence = createPresenceApi(graph); const agents = await presence.getPresences(tid, ids);
 */
export function createPresenceApi(graph: GraphClient, options: PresenceOptions = {}): PresenceApi {
  const limiter =
    options.limiter ??
    new SlidingWindowLimiter({ limit: PRESENCE_REQUESTS_PER_WINDOW, windowMs: PRESENCE_WINDOW_MS });
  return {
    async getPresences(tenantId, userIds) {
      const ids = [...new Set(userIds)];
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += PRESENCE_IDS_PER_REQUEST)
        batches.push(ids.slice(i, i + PRESENCE_IDS_PER_REQUEST));
      const answers = await Promise.all(
        batches.map(async (batch) => {
          await limiter.acquire(tenantId.toLowerCase());
          return graph.send('POST /communications/getPresencesByUserId', { tenantId, body: { ids: batch } });
        }),
      );
      return answers.flatMap((answer) =>
        answer.value.map((p) => ({ userId: p.id, availability: p.availability, activity: p.activity })),
      );
    },
  };
}
