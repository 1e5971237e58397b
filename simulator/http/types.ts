/** A request as the simulator's routes see it: framework-free, so routes are plain functions. */
export interface SimRequest {
  method: string;
  /** Path without the query string, e.g. `/v1.0/communications/calls/abc/answer`. */
  path: string;
  query: URLSearchParams;
  /** Header names are lower-case. */
  headers: Record<string, string | undefined>;
  /** Parsed JSON, or the url-encoded form as an object, or undefined for an empty body. */
  body: unknown;
}

/** What a route returns. A Buffer body is sent as bytes, a string as text, anything else as JSON. */
export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type RouteParams = Record<string, string>;
export type Route = (req: SimRequest, params: RouteParams) => SimResponse | Promise<SimResponse>;
