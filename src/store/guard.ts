import { storeOperation } from './driver-error';

// biome-ignore lint/suspicious/noExplicitAny: any function shape; the wrapper keeps each one's own type.
type Methods = Record<string, (...args: any[]) => Promise<unknown>>;

/**
 * Wraps every method of a repository so that a driver error a caller must tell apart (conflict,
 * unavailable) surfaces as a `StoreError` named `repository.method`, even from reads.
 */
export function guard<T extends Methods>(repository: string, methods: T): T {
  const guarded: Methods = {};
  for (const [name, method] of Object.entries(methods)) {
    guarded[name] = (...args) => storeOperation(`${repository}.${name}`, {}, () => method(...args));
  }
  return guarded as T;
}
