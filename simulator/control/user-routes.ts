import { z } from 'zod';
import { endCall, endLeg, results } from '../engine/calls';
import { clientOf, isoNow, type Sim } from '../engine/sim';
import type { Route, SimResponse } from '../http/types';
import type { Identity } from '../identity';
import type { TeamsClient } from '../world/model';
import { activities, availabilities, effectivePresence } from '../world/presence';
import { controlError, isError, parseBody } from './control-error';

const PresenceInput = z.strictObject({ availability: z.enum(availabilities), activity: z.enum(activities) });
const RingChoice = z.strictObject({ ringId: z.string().optional() });
const TokenInput = z.strictObject({
  audience: z.string().min(1),
  roles: z.array(z.string()).optional(),
  scopes: z.array(z.string()).optional(),
  lifetimeSeconds: z.number().int().optional(),
});

/** Mints a user token as Entra would. */
export type IssueUserToken = Identity['issueUserToken'];

/** What the control API shows of a Teams user: presence, what rings, the call they are in. */
export function userView(sim: Sim, userId: string): Record<string, unknown> | undefined {
  const user = sim.directory.user(userId);
  if (!user) return undefined;
  const client = clientOf(sim, user.id);
  return {
    ...user,
    presence: effectivePresence(client.chosen, client.inCall !== undefined),
    chosenPresence: client.chosen,
    ringing: [...client.rings.values()].map(({ id, from, kind, callId, startedAt }) => ({
      id,
      from,
      kind,
      callId,
      startedAt,
    })),
    inCall: client.inCall
      ? client.inCall.with.kind === 'pstn'
        ? {
            with: 'phone',
            pstnCallId: client.inCall.with.legId,
            number: sim.pstn.get(client.inCall.with.legId)?.from,
            since: client.inCall.since,
          }
        : { with: 'bot', callId: client.inCall.with.callId, since: client.inCall.since }
      : null,
  };
}

/** `/_sim/users/{id}/…`: acting on a user's Teams client, as the person would. */
export function userRoutes(sim: Sim, issueUserToken: IssueUserToken): Array<[string, string, Route]> {
  const withClient = (
    run: (client: TeamsClient, body: unknown) => SimResponse | Promise<SimResponse>,
  ): Route => {
    return (req, params) => {
      const user = sim.directory.user(params.userId ?? '');
      if (!user) return controlError(404, 'userNotFound', `user '${params.userId}' does not exist`);
      return run(clientOf(sim, user.id), req.body);
    };
  };
  const pickRing = (client: TeamsClient, body: unknown) => {
    const choice = parseBody(RingChoice, body);
    if (isError(choice)) return choice;
    const rings = [...client.rings.values()];
    const ring = choice.ringId ? client.rings.get(choice.ringId) : rings[0];
    return (
      ring ??
      controlError(
        409,
        'nothingRinging',
        `nothing rings for user '${client.userId}'${choice.ringId ? ` with id '${choice.ringId}'` : ''}`,
      )
    );
  };
  const view = (client: TeamsClient): SimResponse => ({ status: 200, body: userView(sim, client.userId) });
  return [
    [
      'GET',
      '/_sim/users',
      () => ({
        status: 200,
        body: { value: [...sim.directory.users.keys()].map((id) => userView(sim, id)) },
      }),
    ],
    ['GET', '/_sim/users/:userId', withClient((client) => view(client))],
    [
      'POST',
      '/_sim/users/:userId/presence',
      withClient((client, body) => {
        const input = parseBody(PresenceInput, body);
        if (isError(input)) return input;
        client.chosen = input;
        return view(client);
      }),
    ],
    [
      'POST',
      '/_sim/users/:userId/answer',
      withClient((client, body) => {
        const ring = pickRing(client, body);
        if (isError(ring)) return ring;
        ring.answer();
        return view(client);
      }),
    ],
    [
      'POST',
      '/_sim/users/:userId/decline',
      withClient((client, body) => {
        const ring = pickRing(client, body);
        if (isError(ring)) return ring;
        ring.decline('declined');
        return view(client);
      }),
    ],
    [
      'POST',
      '/_sim/users/:userId/hangup',
      withClient((client) => {
        const current = client.inCall;
        if (!current) return controlError(409, 'notInCall', `user '${client.userId}' is not in a call`);
        client.inCall = undefined;
        if (current.with.kind === 'pstn')
          endLeg(sim, current.with.legId, `hung up by the Teams user at ${isoNow(sim)}`);
        else {
          const call = sim.calls.get(current.with.callId);
          if (call) endCall(sim, call, results.peerHungUp, { releasePeer: false });
        }
        return view(client);
      }),
    ],
    [
      'POST',
      '/_sim/users/:userId/token',
      withClient(async (client, body) => {
        const input = parseBody(TokenInput, body);
        if (isError(input)) return input;
        const { audience, ...options } = input;
        const token = await issueUserToken(client.userId, audience, options);
        return token
          ? { status: 200, body: token }
          : controlError(404, 'userNotFound', `user '${client.userId}' does not exist`);
      }),
    ],
  ];
}
