import type { SimCall } from '../world/model';
import { endCall, endLeg, resultInfoJson, results, setState } from './calls';
import { notifyRoster } from './incoming';
import { placePhoneCall } from './phone';
import { ringUser } from './rings';
import { clientOf, isoNow, type Sim } from './sim';

/** Where a transfer or redirect goes: a Teams user of the call's tenant, or a phone number. */
export type Destination = { kind: 'user'; userId: string } | { kind: 'phone'; number: string };

/** Why Graph refuses a transfer or redirect before trying it, or undefined when it may go ahead. */
export function refuseDestination(sim: Sim, call: SimCall, destination: Destination): string | undefined {
  if (destination.kind === 'phone') {
    return call.applicationInstanceId
      ? undefined
      : 'PSTN transfer and redirect are only supported for calls through an application instance.';
  }
  const user = sim.directory.user(destination.userId);
  if (!user) return undefined; // an unknown user simply never answers
  return user.tenantId.toLowerCase() === call.tenantId.toLowerCase()
    ? undefined
    : 'Transfer is only supported between users of the same tenant.';
}

/** The caller's phone line, when the call's far end is one. */
function callerLeg(sim: Sim, call: SimCall) {
  return call.peer.kind === 'pstn' ? sim.pstn.get(call.peer.legId) : undefined;
}

function callerLabel(sim: Sim, call: SimCall): string {
  return callerLeg(sim, call)?.from ?? 'unknown';
}

/** Hands the caller's line to a user: they talk directly, the bot is out of the path. */
function handToUser(sim: Sim, call: SimCall, userId: string): void {
  const leg = callerLeg(sim, call);
  if (!leg) return;
  leg.connectedTo = { kind: 'user', userId };
  leg.state = 'connected';
  clientOf(sim, userId).inCall = { with: { kind: 'pstn', legId: leg.id }, since: isoNow(sim) };
}

function transferFailed(
  sim: Sim,
  call: SimCall,
  info = results.transferFailed,
  extra: Record<string, unknown> = {},
) {
  if (call.state === 'terminated') return;
  // Graph's own example spells it subCode here; bots must read both casings.
  void setState(sim, call, 'established', {
    resultInfo: {
      '@odata.type': '#microsoft.graph.resultInfo',
      code: info.code,
      subCode: info.subcode,
      message: info.message,
    },
    ...extra,
  });
}

function transferDone(sim: Sim, call: SimCall, extra?: Record<string, unknown>): void {
  void setState(sim, call, 'transferAccepted');
  endCall(sim, call, extra ? undefined : results.transferCompleted, {
    releasePeer: false,
    ...(extra ? { extra } : {}),
  });
}

/** Blind transfer: transferring, the target rings; answered -> the caller is theirs, else back to established. */
export function transfer(sim: Sim, call: SimCall, destination: Destination, ringMs: number): void {
  void setState(sim, call, 'transferring');
  if (call.invitees.length > 0) {
    // A 1:1 call that had someone invited is a group call, and Graph's transfer then fails.
    transferFailed(sim, call);
    return;
  }
  if (destination.kind === 'phone') {
    const leg = callerLeg(sim, call);
    placePhoneCall(sim, {
      from: sim.directory.resourceAccount(call.applicationInstanceId ?? '')?.phoneNumber ?? '',
      to: destination.number,
      ringMs,
      onAnswer: (target) => {
        if (!leg || leg.state === 'ended') return endLeg(sim, target.id, 'caller already gone');
        leg.connectedTo = { kind: 'pstn', legId: target.id };
        target.connectedTo = { kind: 'pstn', legId: leg.id };
        transferDone(sim, call);
      },
      onFail: () => transferFailed(sim, call),
    });
    return;
  }
  ringUser(sim, destination.userId, {
    from: callerLabel(sim, call),
    kind: 'transfer',
    callId: call.id,
    ringMs,
    onAnswer: () => {
      if (call.state !== 'transferring') return;
      handToUser(sim, call, destination.userId);
      transferDone(sim, call);
    },
    onEnd: (reason) => {
      if (reason !== 'cancelled') transferFailed(sim, call);
    },
  });
}

/** Consultative transfer: the target already talks to the bot in `replacesCallId`; that leg is replaced. */
export function consultativeTransfer(sim: Sim, call: SimCall, userId: string, replacesCallId: string): void {
  void setState(sim, call, 'transferring');
  const consult = sim.calls.get(replacesCallId);
  const valid =
    consult &&
    consult.appId === call.appId &&
    consult.state === 'established' &&
    consult.peer.kind === 'user' &&
    consult.peer.userId === userId.toLowerCase();
  if (!valid || call.invitees.length > 0) {
    transferFailed(sim, call, results.consultativeTransferFailed, { replacesContext: replacesCallId });
    return;
  }
  handToUser(sim, call, userId.toLowerCase());
  endCall(sim, consult, results.transferCompleted, { releasePeer: false });
  transferDone(sim, call, { terminationReason: 'AppTransferred' });
}

/** Redirect of an unanswered call: every target rings at once, the first to answer gets the caller. */
export function redirect(sim: Sim, call: SimCall, destinations: Destination[], ringMs: number): void {
  call.timers.get('answer')?.cancel();
  call.timers.delete('answer');
  call.state = 'redirecting'; // Graph notifies nothing until the redirect ends
  let pending = destinations.length;
  const cancels: (() => void)[] = [];
  const lost = () => {
    pending -= 1;
    if (pending === 0)
      endCall(sim, call, results.unreachable, { releasePeer: true, peerReason: 'redirect not answered' });
  };
  const won = (answeredBy: Record<string, unknown>) => {
    for (const cancel of cancels) cancel();
    endCall(sim, call, undefined, { releasePeer: false, extra: { answeredBy } });
  };
  for (const destination of destinations) {
    if (destination.kind === 'user') {
      const ring = ringUser(sim, destination.userId, {
        from: callerLabel(sim, call),
        kind: 'redirect',
        callId: call.id,
        ringMs,
        onAnswer: () => {
          handToUser(sim, call, destination.userId);
          won(participantInfo({ user: { id: destination.userId, tenantId: call.tenantId } }));
        },
        onEnd: (reason) => {
          if (reason !== 'cancelled') lost();
        },
      });
      cancels.push(() => ring.decline('cancelled'));
    } else {
      const leg = callerLeg(sim, call);
      const placed = placePhoneCall(sim, {
        from: leg?.to ?? '',
        to: destination.number,
        ringMs,
        onAnswer: (target) => {
          if (leg) {
            leg.connectedTo = { kind: 'pstn', legId: target.id };
            leg.state = 'connected';
            target.connectedTo = { kind: 'pstn', legId: leg.id };
          }
          won(participantInfo({ phone: { id: destination.number } }));
        },
        onFail: lost,
      });
      cancels.push(() => placed.cancel());
    }
  }
}

function participantInfo(identity: Record<string, unknown>): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.participantInfo',
    identity: { '@odata.type': '#microsoft.graph.identitySet', ...identity },
    endpointType: 'default',
  };
}

/** Invite a user into the call: it becomes a group call; the operation completes when they join or not. */
export function invite(
  sim: Sim,
  call: SimCall,
  userIds: string[],
  opId: string,
  clientContext?: string,
): void {
  let pending = userIds.length;
  let joined = 0;
  const done = () => {
    pending -= 1;
    if (pending > 0) return;
    void sim.notifier.send(
      call.id,
      { uri: call.callbackUri, appId: call.appId, tenantId: call.tenantId, callChainId: call.callChainId },
      'operation',
      {
        changeType: 'deleted',
        resourceUrl: `/communications/calls/${call.id}/operations/${opId}`,
        resourceData: {
          '@odata.type': '#microsoft.graph.inviteParticipantsOperation',
          '@odata.id': `/communications/calls/${call.id}/operations/${opId}`,
          id: opId,
          ...(clientContext !== undefined ? { clientContext } : {}),
          status: joined > 0 ? 'completed' : 'failed',
          resultInfo: resultInfoJson(joined > 0 ? results.completed : results.unreachable),
        },
      },
    );
  };
  for (const userId of userIds) {
    ringUser(sim, userId, {
      from: callerLabel(sim, call),
      kind: 'invite',
      callId: call.id,
      ringMs: sim.settings.ringMs,
      onAnswer: () => {
        if (call.state === 'terminated') return done();
        call.invitees.push(userId.toLowerCase());
        clientOf(sim, userId).inCall = { with: { kind: 'bot', callId: call.id }, since: isoNow(sim) };
        joined += 1;
        void notifyRoster(sim, call);
        done();
      },
      onEnd: done,
    });
  }
}
