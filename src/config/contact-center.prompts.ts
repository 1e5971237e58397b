import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ConfigProblem } from './config-problem';
import type { ContactCenter } from './contact-center.schema';
import { suggestion } from './did-you-mean';
import { codeOf } from './error-text';
import type { Prompt } from './prompt.schema';

function isPrompt(value: unknown): value is Prompt {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  const { kind } = value;
  return (
    (kind === 'file' && 'path' in value) ||
    (kind === 'url' && 'url' in value) ||
    (kind === 'shipped' && 'name' in value)
  );
}

function promptsIn(value: unknown, path: PropertyKey[], found: { prompt: Prompt; path: PropertyKey[] }[]) {
  if (isPrompt(value)) found.push({ prompt: value, path });
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      promptsIn(child, [...path, Array.isArray(value) ? Number(key) : key], found);
  }
  return found;
}

/**
 * Checks every prompt of a validated contact center: files must be readable (and are rewritten to absolute
 * paths, resolved from `directory`), and names must be shipped prompts when `shippedPrompts` is given.
 * Mutates `contactCenter`, so call it before freezing.
 */
export async function checkPrompts(
  contactCenter: ContactCenter,
  directory: string,
  shippedPrompts?: Iterable<string>,
): Promise<ConfigProblem[]> {
  const shipped = shippedPrompts === undefined ? undefined : new Set(shippedPrompts);
  const checks = promptsIn(contactCenter, [], []).map(async ({ prompt, path }): Promise<ConfigProblem[]> => {
    if (prompt.kind === 'shipped' && shipped && !shipped.has(prompt.name)) {
      return [{ path, message: `no shipped prompt "${prompt.name}"${suggestion(prompt.name, shipped)}` }];
    }
    if (prompt.kind !== 'file') return [];
    const absolute = resolve(directory, prompt.path);
    try {
      await access(absolute, constants.R_OK);
    } catch (error) {
      const code = codeOf(error) === undefined ? '' : ` (${codeOf(error)})`;
      return [{ path, message: `cannot read prompt file ${absolute}${code}` }];
    }
    prompt.path = absolute;
    return [];
  });
  return (await Promise.all(checks)).flat();
}
