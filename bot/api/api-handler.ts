import type { Logger } from 'pino';
import { type ResolveCaller, requireAnyRole } from './api-caller';
import type { ApiDeps } from './api-deps';
import { ApiError, errorResponse } from './api-error';
import { type ApiRequest, type ApiResponse, header } from './api-http';
import type { Route } from './api-route';
import { parseInput } from './validate-input';

/** The API as one framework-free function of a request. */
export type ApiHandler = (request: ApiRequest) => Promise<ApiResponse>;

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
}

/** `/interactions/{id}/notes` as a pattern capturing `id` (one path segment). */
function compile(route: Route): Compiled {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (name === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}/?$`), names };
}

/**
 * Routes a request: match the path (404 for none, 405 with `Allow` for a wrong method), authenticate (401 /
 * 403), authorise by role (403), validate path, query, headers and body (400 naming each field), and call the
 * handler. Anything thrown goes through the one error funnel. Authentication comes before validation, so an
 * anonymous caller learns nothing about the inputs.
 */
export function createApiHandler(
  routes: readonly Route[],
  deps: ApiDeps,
  resolveCaller: ResolveCaller,
  logger: Pick<Logger, 'error'> = deps.logger,
): ApiHandler {
  const compiled = routes.map(compile);
  return async (request) => {
    try {
      const found = match(compiled, request);
      const { route } = found;
      const query = { ...request.query };
      let authorization = header(request, 'authorization');
      if (route.tokenInQuery && authorization === undefined && typeof query.access_token === 'string')
        authorization = `Bearer ${query.access_token}`;
      const caller = await resolveCaller(authorization);
      requireAnyRole(caller, route.roles);
      const params = route.params ? parseInput(route.params, found.params, 'path') : undefined;
      const parsedQuery = route.query ? parseInput(route.query, query, 'query') : undefined;
      const headers = route.headers ? parseInput(route.headers, request.headers, 'header') : undefined;
      if (route.body && request.bodyError !== undefined)
        throw ApiError.invalid([{ in: 'body', field: '', message: request.bodyError }]);
      const body = route.body ? parseInput(route.body, request.body, 'body') : undefined;
      return await route.handle({ caller, params, query: parsedQuery, body, headers, request }, deps);
    } catch (error) {
      return errorResponse(error, logger);
    }
  };
}

function match(
  compiled: readonly Compiled[],
  request: ApiRequest,
): { route: Route; params: Record<string, string> } {
  const allowed: string[] = [];
  for (const { route, pattern, names } of compiled) {
    const groups = pattern.exec(request.path);
    if (!groups) continue;
    if (route.method !== request.method.toUpperCase()) {
      allowed.push(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    names.forEach((name, index) => {
      params[name] = decode(groups[index + 1] ?? '', name);
    });
    return { route, params };
  }
  if (allowed.length > 0)
    throw new ApiError(405, 'methodNotAllowed', `${request.method} is not allowed on ${request.path}`, {
      headers: { allow: allowed.join(', ') },
    });
  throw new ApiError(404, 'routeNotFound', `no API route ${request.method} ${request.path}`);
}

function decode(segment: string, name: string): string {
  try {
    return decodeURIComponent(segment);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
    throw ApiError.invalid([
      { in: 'path', field: name, message: 'not a valid percent-encoded path segment' },
    ]);
  }
}
