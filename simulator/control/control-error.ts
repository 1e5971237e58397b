import type { z } from 'zod';
import type { SimResponse } from '../http/types';

/** The control API's error body, in the same `{error:{code,message}}` shape as Graph's. */
export function controlError(status: number, code: string, message: string): SimResponse {
  return { status, body: { error: { code, message } } };
}

/** A body parsed by a schema, or a 400 naming every field that was wrong. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> | SimResponse {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
  return controlError(400, 'invalidRequest', problems.join('; '));
}

export function isError(value: unknown): value is SimResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    'body' in value &&
    typeof (value as SimResponse).status === 'number'
  );
}
