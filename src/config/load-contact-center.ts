import { readFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { type ConfigProblem, formatProblem } from './config-problem';
import type { ConfigResult } from './config-result';
import { checkPrompts } from './contact-center.prompts';
import type { ContactCenter } from './contact-center.schema';
import { deepFreeze } from './deep-freeze';
import { messageOf } from './error-text';
import { checkContactCenter } from './parse-contact-center';
import { parseJsonSource, parseYamlSource, type SourceDocument } from './source-document';

/** Options of `loadContactCenter`. */
export type LoadContactCenterOptions = {
  /** Names of the prompts the server ships; when given, a prompt name not among them is an error. */
  shippedPrompts?: Iterable<string>;
};

/** The problems as lines, in the order they appear in the file, each with its line and column when known. */
function describe(document: SourceDocument, problems: readonly ConfigProblem[]): string[] {
  return problems
    .map((problem) => ({ problem, at: document.locate(problem.path) }))
    .sort(
      (a, b) => (a.at?.line ?? Infinity) - (b.at?.line ?? Infinity) || (a.at?.col ?? 0) - (b.at?.col ?? 0),
    )
    .map(({ problem, at }) =>
      at ? `${formatProblem(problem)} (line ${at.line}:${at.col})` : formatProblem(problem),
    );
}

/**
 * Reads a contact-center file (YAML for `.yaml`/`.yml`, JSON for `.json`) and validates it. Every problem is
 * reported at once, in file order, with its path and line:
 * `tenants[0].queues[2].maxWait: expected seconds > 0 (line 41:9)`. Prompt files resolve from the file's folder.
 *
 * @example
 * const loaded = await loadContactCenter(env.contactCenterFile);
 * if (!loaded.ok) throw new ConfigError('contactCenter', loaded.errors, env.contactCenterFile);
 */
export async function loadContactCenter(
  path: string,
  options: LoadContactCenterOptions = {},
): Promise<ConfigResult<ContactCenter>> {
  const extension = extname(path).toLowerCase();
  if (!['.yaml', '.yml', '.json'].includes(extension)) {
    return { ok: false, errors: [`cannot read ${path}: expected a .yaml, .yml or .json file`] };
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`cannot read ${path}: ${messageOf(error)}`] };
  }
  const source = extension === '.json' ? parseJsonSource(text) : parseYamlSource(text);
  if (!source.ok) return source;
  const checked = checkContactCenter(source.document.data);
  if (!checked.ok) {
    return { ok: false, errors: describe(source.document, checked.problems) };
  }
  const promptProblems = await checkPrompts(checked.value, dirname(path), options.shippedPrompts);
  if (promptProblems.length > 0) {
    return { ok: false, errors: describe(source.document, promptProblems) };
  }
  return { ok: true, value: deepFreeze(checked.value) };
}
