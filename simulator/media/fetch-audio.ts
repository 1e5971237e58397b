/** The bytes at a URI, or why they could not be had. */
export type FetchAudio = { ok: true; bytes: Buffer } | { ok: false; detail: string };

/**
 * GETs `uri` (http or https) within `timeoutMs`, body included. A non-2xx status, a network error and a
 * timeout all come back as `{ ok: false }` with a detail; this never rejects.
 */
export async function fetchAudio(uri: string, timeoutMs: number): Promise<FetchAudio> {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { ok: false, detail: `not a URL: ${JSON.stringify(uri)}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, detail: `unsupported scheme ${url.protocol} in ${uri}` };
  }
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!res.ok) {
      await res.body?.cancel();
      return { ok: false, detail: `GET ${uri} answered ${res.status}` };
    }
    return { ok: true, bytes: Buffer.from(await res.arrayBuffer()) };
  } catch (err) {
    return { ok: false, detail: `GET ${uri} failed: ${describe(err, timeoutMs)}` };
  }
}

/** Duck-typed, because errors from Node's fetch may come from another realm (jest's vm) than `Error`. */
function describe(err: unknown, timeoutMs: number): string {
  const { name, message, cause } = (err ?? {}) as { name?: unknown; message?: unknown; cause?: unknown };
  if (name === 'TimeoutError') return `no complete response within ${timeoutMs} ms`;
  const { code } = (cause ?? {}) as { code?: unknown };
  if (typeof code === 'string') return code;
  return typeof message === 'string' ? message : String(err);
}
