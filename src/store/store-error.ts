/** Why a store operation failed, as far as a caller must tell the cases apart. */
export type StoreErrorReason = 'conflict' | 'notFound' | 'staleVersion' | 'unavailable';

/** The identifiers of the failing operation, to find it in logs: table, tenant, interaction, call, agent. */
export type StoreErrorContext = Readonly<Record<string, string | number | undefined>>;

/**
 * A store failure a caller must react to: a uniqueness `conflict` (or a deadlock or serialization failure,
 * all worth a retry), a missing row, a stale optimistic write, or the database being out of reach.
 * The driver's error, if any, is kept as `cause`.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly reason: StoreErrorReason,
    /** The repository operation, e.g. `interactions.update`. */
    readonly operation: string,
    readonly context: StoreErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(`${operation} failed: ${reason}${describe(context)}`, options);
  }
}

function describe(context: StoreErrorContext): string {
  const parts = Object.entries(context)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
