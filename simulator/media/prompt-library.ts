import { fetchAudio } from './fetch-audio';
import { LruCache } from './lru-cache';
import { promptFormatProblem, readWav } from './wav';

/** Whether a prompt can be played and for how long, or why Graph would play nothing. */
export type PromptLoad =
  | { ok: true; durationMs: number }
  | { ok: false; reason: 'unreachable' | 'notWav' | 'wrongFormat'; detail: string };

/** One `mediaInfo` of answer's `mediaConfig.preFetchMedia`. */
export interface PrefetchItem {
  uri: string;
  resourceId: string;
}

/** Options for `createPromptLibrary`. */
export interface PromptLibraryOptions {
  /** Real milliseconds a GET may take, body included, before the prompt counts as unreachable. */
  fetchTimeoutMs: number;
  /** Cache entries kept (one per resourceId and one per uri); the least recently used go first. */
  maxEntries?: number;
}

/** The prompts the simulated media service has fetched, keyed like Graph's cache. */
export interface PromptLibrary {
  /** Loads a prompt: a known resourceId is used without fetching, otherwise the uri is fetched and checked. */
  load(uri: string, resourceId?: string): Promise<PromptLoad>;
  /** Starts loading each item in the background; the promise settles when all are done and never rejects. */
  prefetch(items: readonly PrefetchItem[]): Promise<void>;
  /** How many GETs of `uri` have been started, so tests can prove a load came from the cache. */
  fetchCount(uri: string): number;
}

/**
 * Creates the prompt cache of the simulated media service. As in Graph, `resourceId` is the cache key: a
 * prompt loaded once under a resourceId plays again without a fetch, even if its uri now serves other bytes.
 * @example const prompts = createPromptLibrary({ fetchTimeoutMs: 5000 }); await prompts.load(uri, resourceId)
 */
export function createPromptLibrary({
  fetchTimeoutMs,
  maxEntries = 500,
}: PromptLibraryOptions): PromptLibrary {
  const cache = new LruCache<string, number>(maxEntries);
  const inFlight = new Map<string, Promise<PromptLoad>>();
  const fetches = new Map<string, number>();

  function fetchAndCheck(uri: string): Promise<PromptLoad> {
    const pending = inFlight.get(uri);
    if (pending) return pending;
    fetches.set(uri, (fetches.get(uri) ?? 0) + 1);
    const started = check(uri, fetchTimeoutMs)
      .then((result) => {
        if (result.ok) cache.set(`uri:${uri}`, result.durationMs);
        return result;
      })
      .finally(() => inFlight.delete(uri));
    inFlight.set(uri, started);
    return started;
  }

  async function load(uri: string, resourceId?: string): Promise<PromptLoad> {
    const cached =
      (resourceId === undefined ? undefined : cache.get(`id:${resourceId}`)) ?? cache.get(`uri:${uri}`);
    const result =
      cached === undefined ? await fetchAndCheck(uri) : { ok: true as const, durationMs: cached };
    if (result.ok && resourceId !== undefined) cache.set(`id:${resourceId}`, result.durationMs);
    return result;
  }

  return {
    load,
    async prefetch(items) {
      const valid = Array.isArray(items) ? items.filter((item) => typeof item?.uri === 'string') : [];
      await Promise.allSettled(valid.map((item) => load(item.uri, item.resourceId)));
    },
    fetchCount: (uri) => fetches.get(uri) ?? 0,
  };
}

async function check(uri: string, timeoutMs: number): Promise<PromptLoad> {
  const fetched = await fetchAudio(uri, timeoutMs);
  if (!fetched.ok) return { ok: false, reason: 'unreachable', detail: fetched.detail };
  const wav = readWav(fetched.bytes);
  if (!wav.ok) return { ok: false, reason: 'notWav', detail: `${uri}: ${wav.reason}` };
  const problem = promptFormatProblem(wav.format);
  if (problem !== undefined) return { ok: false, reason: 'wrongFormat', detail: `${uri}: ${problem}` };
  return { ok: true, durationMs: wav.durationMs };
}
