import { z } from 'zod';
import { apiSchemas } from './api-schemas';
import { InstantSchema } from './common.schema';
import { AgentRowSchema, QueueTileSchema } from './supervisor.schema';

/** The `data` of each supervisor stream message: the tiles and the grid as of `asOf`. */
export const SupervisorSnapshotSchema = z
  .object({ asOf: InstantSchema, queues: z.array(QueueTileSchema), agents: z.array(AgentRowSchema) })
  .register(apiSchemas, { id: 'SupervisorSnapshot' });
