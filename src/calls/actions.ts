import type { z } from 'zod';
import type { FlowActionSchema, MenuActionSchema, QueueExitActionSchema } from '../config/action.schema';

/** What a flow does at its start, when closed, or when a menu fails. */
export type FlowAction = z.infer<typeof FlowActionSchema>;
/** What a menu key does. */
export type MenuAction = z.infer<typeof MenuActionSchema>;
/** What happens to a caller who waited too long or found the queue full. */
export type QueueExitAction = z.infer<typeof QueueExitActionSchema>;
/** Any of them: the state machine performs them all the same way. */
export type AnyAction = FlowAction | MenuAction | QueueExitAction;
