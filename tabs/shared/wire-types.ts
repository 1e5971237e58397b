/**
 * The Switchboard API's wire types, inferred from the server's own schemas (type-only: nothing of the
 * server reaches the bundle), so the tab and the API cannot drift apart unnoticed.
 */
export type {
  InteractionDetail,
  InteractionSummary,
  Me,
  Person,
  StreamEvent,
} from '../../bot/api/schemas/wire-types';

import type { z } from 'zod';
import type { SupervisorSnapshotSchema } from '../../bot/api/schemas/supervisor-stream.schema';

/** The supervisor stream's `snapshot`: the queue tiles and the agent grid as of `asOf`. */
export type SupervisorSnapshot = z.infer<typeof SupervisorSnapshotSchema>;
/** One queue's live tile. */
export type QueueTile = SupervisorSnapshot['queues'][number];
/** One row of the agent grid. */
export type AgentRow = SupervisorSnapshot['agents'][number];
