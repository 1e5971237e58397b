import type { Sim } from '../engine/sim';
import { graphError } from '../http/graph-error';
import { Router } from '../http/router';
import type { SimRequest, SimResponse } from '../http/types';
import { callRoutes } from './calls-api';
import type { GraphRouteEntry } from './graph-route';
import { presenceRoutes } from './presence-api';
import { userRoutes } from './users-api';

/** A Graph request as received, for `GET /_sim/requests`. */
export interface RequestRecord {
  at: string;
  method: string;
  path: string;
  kind: string;
  appId?: string;
  body: unknown;
  status: number;
}

export type VerifyToken = (
  authorization: string | undefined,
) => Promise<{ ok: true; appId: string; tenantId: string } | { ok: false; response: SimResponse }>;

/**
 * Graph v1.0 as a bot meets it: every request authenticated with an app token, then subject to the
 * run's faults (429, 503, slow), then routed; each one is logged with the status it got.
 */
export function graphApi(
  sim: Sim,
  verifyToken: VerifyToken,
  log: RequestRecord[],
): (req: SimRequest) => Promise<SimResponse> {
  const router = new Router();
  const records = new WeakMap<SimRequest, RequestRecord>();
  for (const entry of [...callRoutes(sim), ...presenceRoutes(sim), ...userRoutes(sim)]) {
    router.add(entry.method, `/v1.0${entry.path}`, (req, params) => serve(entry, req, params));
  }

  async function serve(entry: GraphRouteEntry, req: SimRequest, params: Record<string, string>) {
    const record = records.get(req);
    if (record) record.kind = entry.kind;
    const auth = await verifyToken(req.headers.authorization);
    if (!auth.ok) return auth.response;
    if (record) record.appId = auth.appId;
    const slow = sim.faults.take('slow', entry.kind);
    if (slow) await sim.clock.sleep(slow.delayMs);
    const throttle = sim.faults.take('throttle', entry.kind);
    if (throttle) {
      return graphError(429, 'TooManyRequests', 'Too many requests. Retry after the time in Retry-After.', {
        'retry-after': String(throttle.retryAfterSeconds),
      });
    }
    if (sim.faults.take('unavailable', entry.kind)) {
      return graphError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Retry later.');
    }
    return entry.route(req, params, { appId: auth.appId, tenantId: auth.tenantId });
  }

  return async (req) => {
    const record: RequestRecord = {
      at: new Date(sim.clock.now()).toISOString(),
      method: req.method,
      path: req.path,
      kind: 'unknown',
      body: req.body,
      status: 0,
    };
    log.push(record);
    records.set(req, record);
    const response = await router.handle(req, (allowed) =>
      allowed.length > 0
        ? graphError(405, 'Request_BadRequest', `The method ${req.method} is not allowed for ${req.path}.`, {
            allow: allowed.join(', '),
          })
        : graphError(400, 'BadRequest', `Resource not found for the segment '${req.path.split('/').pop()}'.`),
    );
    record.status = response.status;
    return response;
  };
}
