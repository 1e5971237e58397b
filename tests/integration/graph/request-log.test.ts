import { alice, isCallState, tenantId } from '../simulator/harness';
import { type GraphFixture, startGraphFixture } from './graph-fixture';

describe('every Graph request is logged and measured', () => {
  let f: GraphFixture;
  beforeEach(async () => {
    f = await startGraphFixture();
  });
  afterEach(() => f.close());

  it('logs method, path, status, ms, tenant and call ids for each attempt, failed ones as warnings', async () => {
    const { callId } = await f.h.incomingCall();
    await f.graph.answer(tenantId, callId, { callbackUri: f.h.bot.url });
    await f.h.bot.waitFor(isCallState(callId, 'established'));
    await f.h.control('POST', '/_sim/faults', { fault: 'unavailable', on: 'getPresencesByUserId', times: 1 });
    await f.graph.getPresences(tenantId, [alice]);

    const lines = f.logs.filter((line) => line.route !== undefined);
    const presencePath = '/communications/getPresencesByUserId';
    expect(lines.map((l) => [l.level, l.method, l.path, l.status, l.attempt, l.tenantId, l.callId])).toEqual([
      [30, 'POST', `/communications/calls/${callId}/answer`, 202, 1, tenantId, callId],
      [40, 'POST', presencePath, 503, 1, tenantId, undefined],
      [30, 'POST', presencePath, 200, 2, tenantId, undefined],
    ]);
    for (const line of lines) {
      expect(line.ms).toEqual(expect.any(Number));
      expect(line.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(lines[1]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[1]!.clientRequestId).toBe(lines[2]!.clientRequestId);
    const presence = 'POST /communications/getPresencesByUserId';
    expect(f.metrics).toEqual([
      {
        method: 'POST',
        route: 'POST /communications/calls/{call-id}/answer',
        status: 202,
        ms: lines[0]!.ms,
        attempt: 1,
        tenantId,
      },
      { method: 'POST', route: presence, status: 503, ms: lines[1]!.ms, attempt: 1, tenantId },
      { method: 'POST', route: presence, status: 200, ms: lines[2]!.ms, attempt: 2, tenantId },
    ]);
  });
});
