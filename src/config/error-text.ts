/**
 * The message of anything thrown. It reads the shape rather than `instanceof Error`, because errors from
 * Node's own modules may come from another realm (as under jest).
 */
export function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);
}

/** The `code` of a Node system error (`ENOENT`, `EACCES`), when there is one. */
export function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
