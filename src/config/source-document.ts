import { type Alias, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { messageOf } from './error-text';

/** A parsed configuration file: its data, and where each setting was written (when the text tells). */
export type SourceDocument = {
  data: unknown;
  locate: (path: readonly PropertyKey[]) => { line: number; col: number } | undefined;
};

/** Parse result: the document, or the syntax errors with their line and column. */
export type SourceResult = { ok: true; document: SourceDocument } | { ok: false; errors: string[] };

/** Parses YAML (1.2 core schema) with positions; duplicate keys and bad aliases are syntax errors. */
export function parseYamlSource(text: string): SourceResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const at = lineCounter.linePos(error.pos[0]);
        return `YAML syntax error (line ${at.line}:${at.col}): ${error.message}`;
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return { ok: false, errors: [`YAML error: ${messageOf(error)}`] };
  }
  const locate = (path: readonly PropertyKey[]) => {
    const range = nodeAt(doc.contents, path, (alias) => alias.resolve(doc))?.range;
    return range ? lineCounter.linePos(range[0]) : undefined;
  };
  return { ok: true, document: { data, locate } };
}

/** Parses strict JSON; positions come from reading the same text as YAML, which JSON is a subset of. */
export function parseJsonSource(text: string): SourceResult {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = messageOf(error);
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const at = Number.isNaN(offset) ? '' : ` (line ${lineOf(text, offset)})`;
    return {
      ok: false,
      errors: [`JSON syntax error${at}: ${message.replace(/ in JSON at position \d+.*$/, '')}`],
    };
  }
  return parseYamlSource(text);
}

function lineOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * The node a path points at: for a map entry its key (where the setting is written), for a list its item.
 * Stops at the deepest node that exists, so a missing setting points at its parent.
 */
function nodeAt(
  root: Node | null,
  path: readonly PropertyKey[],
  resolve: (alias: Alias) => Node | undefined,
): Node | undefined {
  let node: Node | undefined = root ?? undefined;
  let found: Node | undefined = node;
  for (const key of path) {
    if (node && isAlias(node)) node = resolve(node);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      found = isScalar(pair.key) ? pair.key : found;
      node = (pair.value as Node | null) ?? undefined;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
      found = node;
    } else {
      break;
    }
  }
  return found;
}
