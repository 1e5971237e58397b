import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/** A `${{NAME}}` placeholder, as the Microsoft 365 Agents Toolkit writes them in manifests and parameter files. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** An environment name is a file-name part: `dev` reads `env/.env.dev` (and `env/.env.dev.user`). */
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A problem the packaging refuses on, with a message meant for the person running it. */
export class PackageError extends Error {
  override name = 'PackageError';
}

/**
 * Reads the toolkit's environment files for one environment: `.env.<env>`, then `.env.<env>.user` (secrets,
 * git-ignored) on top. Later files win, as in the toolkit.
 * @throws PackageError when the name is malformed or `.env.<env>` does not exist (naming the ones that do).
 * @example readEnvironment('env', 'dev') // { TEAMSFX_ENV: 'dev', BOT_ID: '…', … }
 */
export function readEnvironment(envDir: string, env: string): Record<string, string> {
  if (!ENV_NAME.test(env)) {
    throw new PackageError(`"${env}" is not an environment name: use letters, digits, "-" and "_", e.g. dev`);
  }
  const main = join(envDir, `.env.${env}`);
  if (!existsSync(main)) {
    const known = existsSync(envDir)
      ? readdirSync(envDir)
          .filter((file) => /^\.env\.[^.]+$/.test(file))
          .map((file) => file.slice('.env.'.length))
      : [];
    const hint = known.length > 0 ? `; environments here: ${known.sort().join(', ')}` : '';
    throw new PackageError(`${main} not found${hint}`);
  }
  const values: Record<string, string> = {};
  for (const file of [main, `${main}.user`]) {
    if (!existsSync(file)) continue;
    for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
      if (value !== undefined) values[name] = value;
    }
  }
  return values;
}

/** Every placeholder name used in a text, sorted, once each. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/**
 * Fills `${{NAME}}` placeholders in every string of a JSON value (object keys are left alone). A variable that
 * is missing or empty leaves its placeholder unfilled and is reported. Works on the parsed value, so a value
 * with quotes or backslashes cannot break the JSON.
 * @returns the filled copy and the names of the unfilled variables, sorted.
 * @example fillPlaceholders({ id: '${{TEAMS_APP_ID}}' }, { TEAMS_APP_ID: '…' }) // { value: { id: '…' }, unfilled: [] }
 */
export function fillPlaceholders<T>(
  value: T,
  variables: Record<string, string>,
): { value: T; unfilled: string[] } {
  const unfilled = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (placeholder, name: string) => {
        const replacement = variables[name];
        if (replacement === undefined || replacement === '') {
          unfilled.add(name);
          return placeholder;
        }
        return replacement;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child)]));
    }
    return node;
  };
  return { value: fill(value) as T, unfilled: [...unfilled].sort() };
}
