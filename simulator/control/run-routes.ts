import type { Sim } from '../engine/sim';
import { FaultRuleInput } from '../faults';
import type { RequestRecord } from '../graph/graph-api';
import type { Route } from '../http/types';
import { controlError } from './control-error';

/** `/_sim/faults` and `/_sim/requests`: shaping a run and seeing what the bot asked of Graph. */
export function runRoutes(sim: Sim, requests: RequestRecord[]): Array<[string, string, Route]> {
  return [
    ['GET', '/_sim/faults', () => ({ status: 200, body: { value: sim.faults.list() } })],
    [
      'POST',
      '/_sim/faults',
      (req) => {
        const parsed = FaultRuleInput.safeParse(req.body ?? {});
        if (!parsed.success) {
          const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
          return controlError(400, 'invalidRequest', problems.join('; '));
        }
        return { status: 201, body: sim.faults.add(parsed.data) };
      },
    ],
    [
      'DELETE',
      '/_sim/faults',
      () => {
        sim.faults.clear();
        return { status: 204 };
      },
    ],
    [
      'GET',
      '/_sim/requests',
      (req) => {
        const kind = req.query.get('kind');
        const value = kind ? requests.filter((r) => r.kind === kind) : requests;
        return { status: 200, body: { value } };
      },
    ],
    [
      'DELETE',
      '/_sim/requests',
      () => {
        requests.length = 0;
        return { status: 204 };
      },
    ],
    [
      'GET',
      '/_sim/calls/:callId',
      (_req, params) => {
        const call = sim.calls.get(params.callId ?? '');
        if (!call) return controlError(404, 'callNotFound', `call '${params.callId}' does not exist`);
        const { timers: _timers, ...rest } = call;
        return { status: 200, body: { ...rest, notifications: sim.notifier.forCall(call.id) } };
      },
    ],
  ];
}
