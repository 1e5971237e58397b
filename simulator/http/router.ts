import type { Route, RouteParams, SimRequest, SimResponse } from './types';

interface Entry {
  method: string;
  segments: string[];
  route: Route;
}

/**
 * Routes by method and path pattern. A pattern segment `:name` captures one path segment (decoded).
 * @example router.add('POST', '/v1.0/communications/calls/:callId/answer', answer)
 */
export class Router {
  private readonly entries: Entry[] = [];

  add(method: string, pattern: string, route: Route): this {
    this.entries.push({ method, segments: split(pattern), route });
    return this;
  }

  /** The route for a request and its captured params; `allowed` lists methods the path has otherwise. */
  match(method: string, path: string): { route: Route; params: RouteParams } | { allowed: string[] } {
    const parts = split(path);
    const allowed: string[] = [];
    for (const entry of this.entries) {
      const params = capture(entry.segments, parts);
      if (!params) continue;
      if (entry.method === method) return { route: entry.route, params };
      allowed.push(entry.method);
    }
    return { allowed };
  }

  async handle(req: SimRequest, fallback: (allowed: string[]) => SimResponse): Promise<SimResponse> {
    const found = this.match(req.method, req.path);
    if ('route' in found) return found.route(req, found.params);
    return fallback(found.allowed);
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function capture(pattern: string[], parts: string[]): RouteParams | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: RouteParams = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    const got = parts[i]!;
    if (want.startsWith(':')) params[want.slice(1)] = safeDecode(got);
    else if (want !== got) return undefined;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape is kept as sent; lookups by it simply find nothing
  }
}
