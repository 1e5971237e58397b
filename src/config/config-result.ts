/**
 * The outcome of reading configuration: the value, or every problem found at once.
 * Reading never throws for bad input; `configOrThrow` is the one place that turns problems into an error.
 */
export type ConfigResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Which configuration a `ConfigError` is about. */
export type ConfigSource = 'environment' | 'contactCenter';

/** Thrown at start-up when configuration is invalid; `errors` lists every problem, one line each. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly reason: ConfigSource,
    readonly errors: readonly string[],
    readonly location?: string,
  ) {
    const what =
      reason === 'environment' ? 'The environment' : `The contact-center file ${location ?? ''}`.trim();
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(`${what} has ${count}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  }
}

/**
 * Returns the value of a successful result, or throws a `ConfigError` listing every problem.
 *
 * @example
 * const env = configOrThrow(parseEnvironment(process.env), 'environment');
 */
export function configOrThrow<T>(result: ConfigResult<T>, reason: ConfigSource, location?: string): T {
  if (result.ok) return result.value;
  throw new ConfigError(reason, result.errors, location);
}
