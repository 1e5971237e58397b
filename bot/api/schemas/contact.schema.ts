import { z } from 'zod';
import { E164 } from '../../../src/contacts';
import { apiSchemas } from './api-schemas';

const phone = z.string().regex(E164, {
  error: (issue) => `expected a phone number in E.164 (+14255550123), got ${JSON.stringify(issue.input)}`,
});
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `expected 1-${max} characters` })
    .max(max, { error: `expected at most ${max} characters` });

/** A contact of the tenant's directory (or a CRM's), as the API shows it. */
export const ContactSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    company: z.string().nullable(),
    notes: z.string().nullable(),
    vip: z.boolean(),
    phoneNumbers: z.array(z.string()).meta({ description: 'E.164.' }),
    source: z.string().meta({ description: 'directory, or the CRM connector that found it.' }),
  })
  .register(apiSchemas, { id: 'Contact' });

const fields = {
  name: text(200),
  company: text(200).nullable().optional(),
  notes: text(4000).nullable().optional(),
  vip: z.boolean().optional(),
  phoneNumbers: z
    .array(phone)
    .max(10, { error: 'expected at most 10 numbers' })
    .refine((list) => new Set(list).size === list.length, { error: 'a number is listed twice' }),
};

/** `POST /contacts`: a name and at least one number; company, notes and VIP are optional. */
export const NewContactSchema = z
  .strictObject({
    ...fields,
    phoneNumbers: fields.phoneNumbers.min(1, { error: 'expected at least one number' }),
  })
  .register(apiSchemas, { id: 'NewContact' });

/** `PATCH /contacts/{id}`: the fields to change (null clears company or notes). */
export const ContactChangeSchema = z
  .strictObject({
    name: fields.name.optional(),
    company: fields.company,
    notes: fields.notes,
    vip: fields.vip,
    phoneNumbers: fields.phoneNumbers.min(1, { error: 'expected at least one number' }).optional(),
  })
  .refine((change) => Object.keys(change).length > 0, { error: 'expected at least one field to change' })
  .register(apiSchemas, { id: 'ContactChange' });

/** `GET /contacts`. */
export const ContactQuerySchema = z.strictObject({
  search: text(100).optional().meta({ description: 'Part of a name, company or number.' }),
  top: z.coerce
    .number({ error: 'expected a whole number 1-200' })
    .int({ error: 'expected a whole number 1-200' })
    .min(1, { error: 'expected a whole number 1-200' })
    .max(200, { error: 'expected a whole number 1-200' })
    .default(50),
  skip: z.coerce
    .number({ error: 'expected a whole number from 0' })
    .int({ error: 'expected a whole number from 0' })
    .min(0, { error: 'expected a whole number from 0' })
    .default(0),
});

/** The id of a contact in a path. */
export const ContactIdParamsSchema = z.strictObject({
  id: z.guid({ error: (issue) => `expected a contact id (a UUID), got ${JSON.stringify(issue.input)}` }),
});

/** `GET /contacts`: by name. */
export const ContactsSchema = z
  .object({ contacts: z.array(ContactSchema) })
  .register(apiSchemas, { id: 'Contacts' });
