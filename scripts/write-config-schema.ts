/**
 * Writes the contact-center file's JSON Schema for editors, generated from the zod schema.
 * Run after changing `src/config/*.schema.ts`: `npx tsx scripts/write-config-schema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contactCenterJsonSchemaPath, contactCenterJsonSchemaText } from '../src/config';

const target = resolve(__dirname, '..', contactCenterJsonSchemaPath);
writeFileSync(target, contactCenterJsonSchemaText());
console.log(`wrote ${target}`);
