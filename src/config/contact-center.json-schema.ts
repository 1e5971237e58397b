import { z } from 'zod';
import { ContactCenterSchema } from './contact-center.schema';

/** Where the published JSON Schema lives, relative to the repository root. */
export const contactCenterJsonSchemaPath = 'schema/contact-center.schema.json';

/**
 * The JSON Schema of the contact-center file for editors (draft-07, which every YAML/JSON language server
 * reads), generated from the zod schema. It describes what may be written, so defaults stay optional.
 */
export function contactCenterJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ContactCenterSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' });
}

/** The JSON Schema file's exact text, as `scripts/write-config-schema.ts` writes it. */
export function contactCenterJsonSchemaText(): string {
  return `${JSON.stringify(contactCenterJsonSchema(), null, 2)}\n`;
}
