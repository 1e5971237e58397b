import { readFileSync } from 'node:fs';
import {
  contactCenterJsonSchema,
  contactCenterJsonSchemaPath,
  contactCenterJsonSchemaText,
} from '../../../src/config';

describe('the published JSON Schema of the contact-center file', () => {
  it('is up to date with the zod schema (run `npx tsx scripts/write-config-schema.ts`)', () => {
    expect(readFileSync(contactCenterJsonSchemaPath, 'utf8')).toBe(contactCenterJsonSchemaText());
  });

  it('describes what an admin writes: strict objects, defaults optional, ranges from Teams', () => {
    const schema = contactCenterJsonSchema() as {
      required: string[];
      definitions: Record<
        string,
        {
          required?: string[];
          additionalProperties?: boolean;
          properties: Record<string, Record<string, unknown>>;
        }
      >;
    };
    expect(schema.required).toEqual(['tenants']);
    const queue = schema.definitions.Queue;
    expect(queue?.additionalProperties).toBe(false);
    expect(queue?.required).toEqual(['id', 'name']);
    expect(queue?.properties.agentAlertSeconds).toMatchObject({ minimum: 15, maximum: 180, default: 30 });
    expect(queue?.properties.maxWait).toMatchObject({ minimum: 1, maximum: 2700, default: 1200 });
    expect(queue?.properties.maxSize).toMatchObject({ minimum: 0, maximum: 200, default: 50 });
  });
});
