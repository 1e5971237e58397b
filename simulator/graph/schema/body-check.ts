/** The outcome of checking a request body against the schema. */
export type BodyCheck = { ok: true } | { ok: false; message: string; target?: string };

/** Where a value sits in a body: property names and array indexes from the top. */
export type Path = readonly (string | number)[];

/** Writes a path the way a bot developer reads it: `mediaConfig.preFetchMedia[0].uri`. */
export function formatPath(path: Path): string {
  return path.reduce<string>((out, step) => {
    if (typeof step === 'number') return `${out}[${step}]`;
    return out ? `${out}.${step}` : step;
  }, '');
}

/**
 * A refused body. The target is added to the message unless the message already names it, because
 * Graph's error body, which the caller builds from the message, has no separate place for it.
 */
export function refuse(message: string, path: Path): BodyCheck {
  const target = formatPath(path);
  if (!target) return { ok: false, message };
  const located = names(message, target) ? message : `${message} Path: '${target}'.`;
  return { ok: false, message: located, target };
}

/** True when `target` stands in `message` as a whole path, not as part of a longer name or path. */
function names(message: string, target: string): boolean {
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.@[])${escaped}(?![\\w[]|\\.\\w)`).test(message);
}

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a key that is an instance or property annotation (`@odata.type`, `targets@odata.type`). */
export function isAnnotation(key: string): boolean {
  return key.includes('@');
}
