import { z } from 'zod';
import { callerHangsUp, dial, pressKeys } from '../engine/incoming';
import { answerPhone, refusePhone } from '../engine/phone';
import type { Sim } from '../engine/sim';
import type { Route, SimResponse } from '../http/types';
import type { PstnLeg } from '../world/model';
import { controlError, isError, parseBody } from './control-error';

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number like +14255550123');
const DialInput = z.strictObject({ from: e164, to: e164 });
const DtmfInput = z.strictObject({
  tones: z.string().regex(/^[0-9*#A-Da-d]+$/, 'expected keys from 0-9, *, #, A-D, e.g. "1#"'),
});

/** A phone line as the control API shows it: state, who it talks to, every prompt heard, notifications. */
export function legView(sim: Sim, leg: PstnLeg): Record<string, unknown> {
  const connected = leg.connectedTo;
  return {
    id: leg.id,
    direction: leg.direction,
    from: leg.from,
    to: leg.to,
    state: leg.state,
    connectedTo:
      connected === undefined
        ? null
        : connected.kind === 'bot'
          ? { kind: 'bot', callId: connected.callId }
          : connected.kind === 'user'
            ? {
                kind: 'user',
                userId: connected.userId,
                displayName: sim.directory.user(connected.userId)?.displayName,
              }
            : { kind: 'phone', pstnCallId: connected.legId, number: sim.pstn.get(connected.legId)?.to },
    startedAt: leg.startedAt,
    endedAt: leg.endedAt ?? null,
    endReason: leg.endReason ?? null,
    callIds: leg.callIds,
    heard: leg.heard,
    notifications: leg.callIds.flatMap((callId) =>
      sim.notifier.forCall(callId).map(({ body: _body, ...record }) => ({ callId, ...record })),
    ),
  };
}

/** `/_sim/pstn/calls`: the phone network, from the callers' side. */
export function pstnRoutes(sim: Sim): Array<[string, string, Route]> {
  const withLeg = (run: (leg: PstnLeg, body: unknown) => SimResponse | Promise<SimResponse>): Route => {
    return (req, params) => {
      const leg = sim.pstn.get(params.legId ?? '');
      if (!leg) return controlError(404, 'callNotFound', `PSTN call '${params.legId}' does not exist`);
      return run(leg, req.body);
    };
  };
  return [
    [
      'POST',
      '/_sim/pstn/calls',
      (req) => {
        const input = parseBody(DialInput, req.body);
        if (isError(input)) return input;
        const leg = dial(sim, input.from, input.to);
        return { status: 201, body: legView(sim, leg) };
      },
    ],
    [
      'GET',
      '/_sim/pstn/calls',
      () => ({ status: 200, body: { value: [...sim.pstn.values()].map((leg) => legView(sim, leg)) } }),
    ],
    ['GET', '/_sim/pstn/calls/:legId', withLeg((leg) => ({ status: 200, body: legView(sim, leg) }))],
    [
      'POST',
      '/_sim/pstn/calls/:legId/dtmf',
      withLeg((leg, body) => {
        const input = parseBody(DtmfInput, body);
        if (isError(input)) return input;
        if (leg.state !== 'connected')
          return controlError(409, 'notConnected', `PSTN call '${leg.id}' is ${leg.state}`);
        void pressKeys(sim, leg, input.tones.toUpperCase());
        return { status: 202, body: legView(sim, leg) };
      }),
    ],
    [
      'POST',
      '/_sim/pstn/calls/:legId/hangup',
      withLeg((leg) => {
        if (leg.state === 'ended')
          return controlError(409, 'alreadyEnded', `PSTN call '${leg.id}' has already ended`);
        if (leg.direction === 'outbound' && leg.state === 'ringing') refusePhone(sim, leg.id);
        else callerHangsUp(sim, leg);
        return { status: 200, body: legView(sim, leg) };
      }),
    ],
    [
      'POST',
      '/_sim/pstn/calls/:legId/answer',
      withLeg((leg) => {
        if (leg.direction !== 'outbound' || !answerPhone(sim, leg.id)) {
          return controlError(409, 'notRinging', `PSTN call '${leg.id}' is not an outbound call ringing`);
        }
        return { status: 200, body: legView(sim, leg) };
      }),
    ],
  ];
}
