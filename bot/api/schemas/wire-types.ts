import type { z } from 'zod';
import type { InteractionDetailSchema, InteractionSummarySchema } from './interaction.schema';
import type { MeSchema } from './me.schema';
import type { PersonSchema } from './people.schema';
import type { StreamEventSchema } from './stream.schema';

/** `GET /me`. */
export type Me = z.infer<typeof MeSchema>;
/** An interaction in lists. */
export type InteractionSummary = z.infer<typeof InteractionSummarySchema>;
/** `GET /interactions/{id}`. */
export type InteractionDetail = z.infer<typeof InteractionDetailSchema>;
/** One result of `GET /people`. */
export type Person = z.infer<typeof PersonSchema>;
/** The `data` of each stream message. */
export type StreamEvent = z.infer<typeof StreamEventSchema>;
