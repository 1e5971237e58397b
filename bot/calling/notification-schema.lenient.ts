import { z } from 'zod';

/**
 * Zod building blocks for Graph's quirks on the wire: enum values and property names in either case
 * (`Established`/`established`, `subCode`/`subcode`, `Running` in the CSDL vs `running` in the docs), and
 * Int32 values sent as strings (`"code": "200"` in the call-delete doc).
 */

/** A string enum matched without regard to case; the output is the canonical spelling. Anything else fails. */
export function caselessEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const canonical = new Map(values.map((value) => [value.toLowerCase(), value]));
  return z.string().transform((raw, ctx): T[number] => {
    const value = canonical.get(raw.toLowerCase());
    if (value !== undefined) return value;
    ctx.addIssue({ code: 'custom', message: `expected one of ${values.join(', ')}, got "${raw}"` });
    return z.NEVER;
  });
}

/**
 * An evolvable Graph enum (one that has `unknownFutureValue`): matched without regard to case, and a value
 * this bot does not know yet becomes `unknownFutureValue` instead of failing the whole notification.
 */
export function evolvableEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const canonical = new Map(values.map((value) => [value.toLowerCase(), value]));
  return z
    .string()
    .transform(
      (raw): T[number] | 'unknownFutureValue' => canonical.get(raw.toLowerCase()) ?? 'unknownFutureValue',
    );
}

/** An integer given as a JSON number or as a string of digits (`200` or `"200"`). */
export const lenientInt = z.unknown().transform((raw, ctx): number => {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return raw;
  if (typeof raw === 'string' && /^\s*-?\d{1,15}\s*$/.test(raw)) return Number(raw);
  ctx.addIssue({
    code: 'custom',
    message: `expected an integer (or a string of digits), got ${JSON.stringify(raw)}`,
  });
  return z.NEVER;
});

/**
 * An open object whose known property names are matched without regard to case (`subCode` reads as
 * `subcode`). When both spellings are present, the canonical one wins. Unknown properties pass through.
 */
export function caselessObject<S extends z.core.$ZodLooseShape>(shape: S) {
  const canonical = new Map(Object.keys(shape).map((key) => [key.toLowerCase(), key]));
  return z.preprocess((input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      const name = canonical.get(key.toLowerCase()) ?? key;
      if (name === key || !Object.hasOwn(input, name)) out[name] = value;
    }
    return out;
  }, z.looseObject(shape));
}

/** Formats zod issues as `value[0].resourceData.state: expected …`, one per problem, joined by `; `. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): string {
  return issues
    .map((issue) => `${formatPath([...prefix, ...issue.path]) || '(body)'}: ${issue.message}`)
    .join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}
