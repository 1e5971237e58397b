import type { ResultInfo, SimCall } from '../world/model';
import { stopAllMedia } from './media';
import { clientOf, isoNow, type Sim } from './sim';

const odataCall = '#microsoft.graph.call';

export function callPath(call: SimCall): string {
  return `/communications/calls/${call.id}`;
}

/** The properties every view of a call shares: GET, the incoming notification, the 201 of a new call. */
export function callCore(call: SimCall): Record<string, unknown> {
  return {
    '@odata.type': odataCall,
    id: call.id,
    state: call.state,
    direction: call.direction,
    callbackUri: call.callbackUri,
    source: call.source,
    targets: call.targets,
    requestedModalities: call.requestedModalities,
    tenantId: call.tenantId,
    myParticipantId: call.myParticipantId,
    callChainId: call.callChainId,
  };
}

/** The call resource as `GET /communications/calls/{id}` returns it. */
export function callResource(call: SimCall): Record<string, unknown> {
  return {
    ...callCore(call),
    '@odata.id': callPath(call),
    mediaState: {
      '@odata.type': '#microsoft.graph.callMediaState',
      audio: mediaActive(call) ? 'active' : 'inactive',
    },
    ...(call.resultInfo ? { resultInfo: resultInfoJson(call.resultInfo) } : {}),
  };
}

function mediaActive(call: SimCall): boolean {
  return call.state === 'established' || call.state === 'transferring';
}

export function resultInfoJson(info: ResultInfo): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.resultInfo',
    code: info.code,
    subcode: info.subcode,
    message: info.message,
  };
}

/** Sends a notification about the call itself to the bot that owns it. */
export function notifyCall(
  sim: Sim,
  call: SimCall,
  kind: string,
  changeType: 'created' | 'updated' | 'deleted',
  data: Record<string, unknown>,
): Promise<boolean> {
  call.etag += 1;
  return sim.notifier.send(call.id, target(call), kind, {
    changeType,
    resourceUrl: callPath(call),
    resourceData: {
      '@odata.type': odataCall,
      '@odata.id': callPath(call),
      '@odata.etag': `W/"${call.etag}"`,
      ...data,
    },
  });
}

/** Sends the completion of an async operation (`deleted` on `/operations/{id}`). */
export function notifyOperation(
  sim: Sim,
  call: SimCall,
  operation: { id: string; type: string; clientContext?: string | undefined; status: 'completed' | 'failed' },
  extra: Record<string, unknown>,
): Promise<boolean> {
  const path = `${callPath(call)}/operations/${operation.id}`;
  return sim.notifier.send(call.id, target(call), 'operation', {
    changeType: 'deleted',
    resourceUrl: path,
    resourceData: {
      '@odata.type': `#microsoft.graph.${operation.type}`,
      '@odata.id': path,
      id: operation.id,
      ...(operation.clientContext !== undefined ? { clientContext: operation.clientContext } : {}),
      status: operation.status,
      ...extra,
    },
  });
}

export function target(call: SimCall) {
  return { uri: call.callbackUri, appId: call.appId, tenantId: call.tenantId, callChainId: call.callChainId };
}

/** Moves a call to a new state and tells the bot, with any extra properties Graph sends with it. */
export function setState(
  sim: Sim,
  call: SimCall,
  state: SimCall['state'],
  extra: Record<string, unknown> = {},
) {
  call.state = state;
  return notifyCall(sim, call, state, 'updated', { state, ...extra });
}

export interface EndOptions {
  /** Whether the far end is hung up too (false when it was handed to someone else). */
  releasePeer: boolean;
  peerReason?: string;
  /** Extra properties of the `deleted` notification, e.g. `terminationReason` or `answeredBy`. */
  extra?: Record<string, unknown>;
  /** Notify without state and resultInfo, as Graph does after a reject. */
  bare?: boolean;
}

/** Ends a call: stops its media and timers, tells the bot, and hangs up or releases the far end. */
export function endCall(sim: Sim, call: SimCall, info: ResultInfo | undefined, options: EndOptions): void {
  if (call.state === 'terminated') return;
  for (const timer of call.timers.values()) timer.cancel();
  call.timers.clear();
  stopAllMedia(sim, call);
  call.state = 'terminated';
  call.endedAt = sim.clock.now();
  if (info) call.resultInfo = info;
  void notifyCall(
    sim,
    call,
    'terminated',
    'deleted',
    options.bare
      ? {}
      : { state: 'terminated', ...(info ? { resultInfo: resultInfoJson(info) } : {}), ...options.extra },
  );
  for (const client of sim.clients.values()) {
    for (const ring of client.rings.values()) if (ring.callId === call.id) ring.decline('cancelled');
  }
  if (options.releasePeer) releasePeer(sim, call, options.peerReason ?? 'ended by the bot');
  sim.media.delete(call.id);
  sim.recordings.expireCall(call.id);
}

function releasePeer(sim: Sim, call: SimCall, reason: string): void {
  if (call.peer.kind === 'pstn') {
    const leg = sim.pstn.get(call.peer.legId);
    const ours = leg?.connectedTo?.kind === 'bot' && leg.connectedTo.callId === call.id;
    const stillRinging = leg?.state === 'ringing' && leg.callIds.includes(call.id);
    if (leg && (ours || stillRinging)) {
      sim.ringingPhones.delete(leg.id);
      endLeg(sim, leg.id, reason);
    }
    return;
  }
  const client = clientOf(sim, call.peer.userId);
  if (client.inCall?.with.kind === 'bot' && client.inCall.with.callId === call.id) client.inCall = undefined;
}

/** Hangs up a phone line and whatever it is connected to that is not a bot's call. */
export function endLeg(sim: Sim, legId: string, reason: string): void {
  const leg = sim.pstn.get(legId);
  if (!leg || leg.state === 'ended') return;
  leg.state = 'ended';
  leg.endedAt = isoNow(sim);
  leg.endReason = reason;
  if (leg.connectedTo?.kind === 'user') {
    const client = clientOf(sim, leg.connectedTo.userId);
    if (client.inCall?.with.kind === 'pstn' && client.inCall.with.legId === leg.id) client.inCall = undefined;
  }
}

export const results = {
  endedByBot: { code: 200, subcode: 7000, message: 'Call ended by the application.' },
  pstnHungUp: { code: 200, subcode: 540000, message: 'Call ended by the PSTN user.' },
  peerHungUp: { code: 200, subcode: 4521, message: 'The other participant ended the call.' },
  notAnswered: { code: 408, subcode: 8544, message: 'Callee could not be reached.' },
  keepAliveTimeout: { code: 408, subcode: 8537, message: 'Keep Alive timeout.' },
  unreachable: { code: 480, subcode: 10076, message: 'Callee could not be reached.' },
  declined: { code: 603, subcode: 10037, message: 'The callee declined the call.' },
  transferCompleted: { code: 0, subcode: 7015, message: 'GracefulTransferCompleted' },
  transferFailed: {
    code: 500,
    subcode: 7000,
    message: 'Transfer failed: the target did not accept the call.',
  },
  consultativeTransferFailed: { code: 500, subcode: 7700, message: 'Consultative transfer failed.' },
  cancelled: { code: 400, subcode: 8508, message: 'Action failed, the operation was cancelled.' },
  completed: { code: 200, subcode: 0, message: 'Action completed successfully.' },
} satisfies Record<string, ResultInfo>;
