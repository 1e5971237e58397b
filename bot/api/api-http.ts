/** One request to the Switchboard API, framework-free: what the Express adapter read off the wire. */
export interface ApiRequest {
  method: string;
  /** The path below `/api/v1` (`/me/status`), still percent-encoded, without the query string. */
  path: string;
  query: Record<string, unknown>;
  /** Header names in lower case. */
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
  /** Set by the adapter when the body was not JSON: answered 400 once the caller is authenticated. */
  bodyError?: string;
}

/** A JSON answer (or an empty one when `body` is undefined); `bytes` instead for a file (a recording). */
export interface JsonResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Raw bytes sent as they are, with the `content-type` header the handler sets. */
  bytes?: Uint8Array;
}

/** Where a stream writes: text chunks, flushed as written, until `end` or until the client goes away. */
export interface StreamSink {
  write(chunk: string): void;
  end(): void;
}

/**
 * A streamed answer (server-sent events): the adapter sends status and headers, then calls `open` with the
 * sink, and calls the function `open` resolves with when the client disconnects.
 */
export interface StreamResponse {
  status: 200;
  headers: Record<string, string>;
  open(sink: StreamSink): Promise<() => void>;
}

/** What a handler answers. */
export type ApiResponse = JsonResponse | StreamResponse;

/** Whether an answer is a stream. */
export const isStream = (response: ApiResponse): response is StreamResponse => 'open' in response;

/** The first value of a header, if any. */
export function header(request: Pick<ApiRequest, 'headers'>, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
