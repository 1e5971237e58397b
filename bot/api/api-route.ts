import type { z } from 'zod';
import type { Role } from '../auth';
import type { ApiCaller } from './api-caller';
import type { ApiDeps } from './api-deps';
import type { ApiRequest, ApiResponse } from './api-http';

/** One documented answer of a route. */
export interface RouteAnswer {
  description: string;
  /** The JSON body's schema; none for an empty body. */
  schema?: z.ZodType;
  /** For a `text/event-stream`: the schema of each message's `data`. */
  events?: z.ZodType;
  /** `application/json` unless given (`text/event-stream` for the stream). */
  contentType?: string;
}

/** What a handler gets: the caller and the validated params, query, body and headers. */
export interface RouteInput<P, Q, B, H> {
  caller: ApiCaller;
  params: P;
  query: Q;
  body: B;
  headers: H;
  request: ApiRequest;
}

/**
 * One route: method, path template below `/api/v1` (`/interactions/{id}`), the roles allowed (any of them;
 * empty = any verified caller), zod schemas of path params, query and body, the documented answers, and the
 * handler. The router validates and authorises with it and the OpenAPI document is generated from it.
 */
export interface RouteSpec<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  H extends z.ZodType = z.ZodUndefined,
> {
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  roles: readonly Role[];
  params?: P;
  query?: Q;
  body?: B;
  /** Request headers the route reads (names in lower case); others pass unchecked. */
  headers?: H;
  /** The stream only: accept the token in an `access_token` query parameter (EventSource sends no headers). */
  tokenInQuery?: boolean;
  answers: Record<number, RouteAnswer>;
  handle(
    input: RouteInput<z.output<P>, z.output<Q>, z.output<B>, z.output<H>>,
    deps: ApiDeps,
  ): Promise<ApiResponse>;
}

/** A route with its types erased, as the router and the OpenAPI generator hold them. */
export type Route = RouteSpec<z.ZodType, z.ZodType, z.ZodType, z.ZodType>;

/** Declares a route; its handler sees the types its schemas infer. */
export function route<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
  H extends z.ZodType = z.ZodUndefined,
>(spec: RouteSpec<P, Q, B, H>): Route {
  return spec as unknown as Route;
}

/** A 200 (or other status) with a JSON body. */
export const json = (body: unknown, status = 200): ApiResponse => ({ status, body });
