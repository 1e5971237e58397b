import type { PstnLeg, SimCall } from '../world/model';
import { endCall, notifyCall, results } from './calls';
import { establish } from './incoming';
import { placePhoneCall } from './phone';
import { ringUser } from './rings';
import { clientOf, isoNow, newId, type Sim } from './sim';

export interface OutboundRequest {
  appId: string;
  tenantId: string;
  callbackUri: string;
  source: Record<string, unknown> | undefined;
  targets: Record<string, unknown>[];
  requestedModalities: string[];
  hosting: 'service' | 'app';
  applicationInstanceId: string | undefined;
  to: { kind: 'user'; userId: string } | { kind: 'phone'; number: string };
}

/** The bot places a call (POST /communications/calls): a Teams user's client or a phone rings. */
export function placeCall(sim: Sim, request: OutboundRequest): SimCall {
  const account = request.applicationInstanceId
    ? sim.directory.resourceAccount(request.applicationInstanceId)
    : undefined;
  const call: SimCall = {
    id: newId(),
    appId: request.appId,
    tenantId: request.tenantId,
    direction: 'outgoing',
    state: 'establishing',
    callbackUri: request.callbackUri,
    callChainId: newId(),
    myParticipantId: newId(),
    peerParticipantId: newId(),
    source: request.source ?? {
      '@odata.type': '#microsoft.graph.participantInfo',
      identity: { '@odata.type': '#microsoft.graph.identitySet', application: { id: request.appId } },
    },
    targets: request.targets,
    requestedModalities: request.requestedModalities,
    mediaHosting: request.hosting,
    applicationInstanceId: request.applicationInstanceId,
    peer: { kind: 'user', userId: '' },
    invitees: [],
    toneSubscribed: false,
    toneSequence: 0,
    etag: 1,
    createdAt: sim.clock.now(),
    timers: new Map(),
  };
  sim.calls.set(call.id, call);
  void notifyCall(sim, call, 'establishing', 'updated', {
    state: 'establishing',
    direction: 'outgoing',
    id: call.id,
  });
  const failed = (info: typeof results.declined) =>
    endCall(sim, call, info, { releasePeer: true, peerReason: 'not answered' });
  if (request.to.kind === 'user') {
    const userId = request.to.userId.toLowerCase();
    call.peer = { kind: 'user', userId };
    ringUser(sim, userId, {
      from: account?.displayName ?? 'Calling bot',
      kind: 'botCall',
      callId: call.id,
      ringMs: sim.settings.ringMs,
      onAnswer: () => {
        if (call.state === 'terminated') return;
        clientOf(sim, userId).inCall = { with: { kind: 'bot', callId: call.id }, since: isoNow(sim) };
        establish(sim, call);
      },
      onEnd: (reason) => {
        if (reason !== 'cancelled') failed(reason === 'declined' ? results.declined : results.unreachable);
      },
    });
    return call;
  }
  const placed = placePhoneCall(sim, {
    from: account?.phoneNumber ?? '',
    to: request.to.number,
    ringMs: sim.settings.pstnRingMs,
    onAnswer: (leg: PstnLeg) => {
      if (call.state === 'terminated') return;
      leg.connectedTo = { kind: 'bot', callId: call.id };
      establish(sim, call);
    },
    onFail: (reason) => failed(reason === 'declined' ? results.declined : results.unreachable),
  });
  placed.leg.callIds.push(call.id);
  call.peer = { kind: 'pstn', legId: placed.leg.id };
  return call;
}
