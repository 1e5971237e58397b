import type { z } from 'zod';
import { ApiError, type FieldProblem, type InputPlace } from './api-error';

/**
 * Parses one part of a request with its schema; on failure throws a 400 {@link ApiError} naming every
 * wrong field (an unknown key is named as itself, so `{"statuss": …}` says `body.statuss: unknown field`).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, place: InputPlace): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw ApiError.invalid(problemsOf(result.error.issues, place));
}

/** zod's issues as field problems, one per wrong field. */
export function problemsOf(issues: readonly z.core.$ZodIssue[], place: InputPlace): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        in: place,
        field: field === '' ? key : `${field}.${key}`,
        message: 'unknown field',
      }));
    return [{ in: place, field, message: messageOf(issue) }];
  });
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `required (${issue.expected})`;
  return issue.message;
}
