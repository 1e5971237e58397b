import type { Sim } from '../engine/sim';
import { graphError } from '../http/graph-error';
import type { SimResponse } from '../http/types';
import type { SimCall } from '../world/model';
import type { Caller } from './graph-route';

/** Graph's answer when a token's tenant is not the tenant the request is about. */
export function tenantMismatch(): SimResponse {
  return graphError(403, '7505', 'Request authorization tenant mismatch.');
}

/**
 * The caller's call by id, or Graph's refusal: a token of another tenant -> 403 7505 (whichever app holds it),
 * unknown or another app's call in the same tenant -> 404.
 */
export function findCall(sim: Sim, caller: Caller, callId: string): SimCall | SimResponse {
  const call = sim.calls.get(callId);
  if (call && call.tenantId.toLowerCase() !== caller.tenantId.toLowerCase()) return tenantMismatch();
  if (!call || call.appId.toLowerCase() !== caller.appId.toLowerCase()) {
    return graphError(404, 'itemNotFound', `Call '${callId}' was not found.`);
  }
  return call;
}

/** A 404 for calls that are over: Graph forgets them (keepAlive on such a call answers 404). */
export function findLiveCall(sim: Sim, caller: Caller, callId: string): SimCall | SimResponse {
  const found = findCall(sim, caller, callId);
  if ('status' in found) return found;
  if (found.state === 'terminated') return graphError(404, 'itemNotFound', `Call '${callId}' has ended.`);
  return found;
}

/** Graph refuses an action in a state where it makes no sense. */
export function wrongState(call: SimCall, action: string, allowed: string[]): SimResponse {
  return graphError(
    400,
    'BadRequest',
    `Call '${call.id}' is in state '${call.state}'; ${action} is only allowed in state ${allowed.map((s) => `'${s}'`).join(' or ')}.`,
  );
}
