import { z } from 'zod';
import { suggestion } from './did-you-mean';

/** One thing wrong with a configuration value: where (keys and list indexes from the root) and what. */
export type ConfigProblem = { path: readonly PropertyKey[]; message: string };

/** Formats a path the way the docs name settings: `tenants[0].queues[2].maxWait`, `choices["1"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) text += text === '' ? String(key) : `.${String(key)}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? '(top level)' : text;
}

/** `path: message`, the one line every configuration error is shown as. */
export function formatProblem(problem: ConfigProblem): string {
  return `${formatPath(problem.path)}: ${problem.message}`;
}

/** A short, quoted rendering of a bad input value for error messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map of settings',
  array: 'a list',
};

/**
 * Messages for zod issues whose schema gave none, written for the people who edit configuration.
 * Unknown keys get one line per key, joined with newlines, that `problemsFromZod` splits apart again.
 */
export const configErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${typeNames[issue.expected] ?? issue.expected}, got ${show(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(show).join(', ')}, got ${show(issue.input)}`;
    case 'invalid_union': {
      if (issue.discriminator === undefined || !Array.isArray(issue.options))
        return 'does not match any allowed form';
      const input = issue.input as Record<string, unknown> | undefined;
      const got = input?.[issue.discriminator];
      const expected = issue.options.map(show).join(', ');
      return got === undefined
        ? `required: one of ${expected}`
        : `expected one of ${expected}, got ${show(got)}`;
    }
    case 'too_small':
      if (issue.origin === 'array')
        return `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : 'is too short';
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? 'invalid key';
    case 'unrecognized_keys': {
      const known = issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape) : [];
      return issue.keys.map((key) => `unknown setting${suggestion(key, known)}`).join('\n');
    }
    default:
      return undefined;
  }
};

/** Turns zod issues into problems, one per unknown key so each can point at its own line. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): ConfigProblem[] {
  return issues.flatMap((issue): ConfigProblem[] => {
    const path = issue.path;
    if (issue.code !== 'unrecognized_keys') return [{ path, message: issue.message }];
    const messages = issue.message.split('\n');
    return issue.keys.map((key, index) => ({
      path: [...path, key],
      message: messages[index] ?? 'unknown setting',
    }));
  });
}

/** Reports problems found by a cross-field check through a zod refinement context. */
export function addProblems(ctx: z.core.$RefinementCtx, problems: readonly ConfigProblem[]): void {
  for (const problem of problems)
    ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path] });
}
