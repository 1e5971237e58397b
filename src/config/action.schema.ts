import { z } from 'zod';
import { DtmfKeySchema, GuidSchema, IdSchema, PhoneNumberSchema, wholeNumber } from './common.schema';
import { PromptSchema } from './prompt.schema';

/** Every action may play a prompt first ("Please hold while I transfer you"). */
const before = { prompt: PromptSchema.optional().meta({ description: 'Played before the action.' }) };

const queue = z
  .strictObject({
    type: z.literal('queue'),
    queue: IdSchema.meta({ description: 'Id of a queue of this tenant.' }),
    priority: wholeNumber(1, 5, 'a priority')
      .optional()
      .meta({ description: "Overrides the queue's priority for calls sent this way (1 = highest)." }),
    ...before,
  })
  .meta({ id: 'GoToQueue' });
const menu = z.strictObject({ type: z.literal('menu'), menu: IdSchema, ...before }).meta({ id: 'GoToMenu' });
const repeat = z.strictObject({ type: z.literal('repeat') }).meta({ id: 'RepeatMenu' });
const play = z
  .strictObject({ type: z.literal('play'), prompt: PromptSchema })
  .meta({ id: 'PlayMessage', description: 'Plays a message, then returns to the menu.' });
const user = z
  .strictObject({
    type: z.literal('user'),
    user: GuidSchema.meta({ description: 'Teams user id (Entra object id) to transfer to.' }),
    ...before,
  })
  .meta({ id: 'TransferToUser' });
const phone = z.strictObject({ type: z.literal('phone'), phone: PhoneNumberSchema, ...before }).meta({
  id: 'TransferToPhone',
  description: 'Transfers to a phone number over PSTN, from the dialled number.',
});
const disconnect = z.strictObject({ type: z.literal('disconnect'), ...before }).meta({ id: 'Disconnect' });
const flow = z
  .strictObject({ type: z.literal('flow'), flow: IdSchema, ...before })
  .meta({ id: 'GoToFlow', description: 'Runs another flow of this tenant from its start.' });
const callback = z.strictObject({ type: z.literal('callback'), ...before }).meta({
  id: 'OfferCallback',
  description: "Offers a callback that keeps the caller's place, per the queue's callback settings.",
});
const voicemailTo = z
  .strictObject({
    type: z.literal('voicemail'),
    queue: IdSchema.meta({ description: 'Queue whose agents get the voicemail.' }),
    ...before,
  })
  .meta({ id: 'VoicemailToQueue' });
const voicemailHere = z
  .strictObject({
    type: z.literal('voicemail'),
    queue: IdSchema.optional().meta({
      description: 'Queue whose agents get the voicemail; default this queue.',
    }),
    ...before,
  })
  .meta({ id: 'Voicemail' });

/** What a menu key does. */
export const MenuActionSchema = z
  .discriminatedUnion('type', [queue, menu, repeat, play, user, phone, disconnect, voicemailTo, flow])
  .meta({ id: 'MenuAction' });

/** What a flow does at its start, when closed, on a holiday, or when a menu gets no valid key. */
export const FlowActionSchema = z
  .discriminatedUnion('type', [queue, menu, user, phone, disconnect, voicemailTo, flow])
  .meta({ id: 'FlowAction' });

/** What happens to a caller who waited too long or found the queue full. */
export const QueueExitActionSchema = z
  .discriminatedUnion('type', [queue, user, phone, disconnect, voicemailHere, callback, flow])
  .meta({ id: 'QueueExitAction' });

/** Menu keys and what each does. */
export const MenuChoicesSchema = z.partialRecord(DtmfKeySchema, MenuActionSchema);

/** Any action of a flow or a queue. */
export type Action =
  | z.infer<typeof MenuActionSchema>
  | z.infer<typeof FlowActionSchema>
  | z.infer<typeof QueueExitActionSchema>;
