import type { PstnLeg, SimCall } from '../world/model';
import { callCore, endCall, endLeg, notifyCall, results, setState } from './calls';
import { keyPressed } from './media';
import { activeCallCount, isoNow, newId, type Sim, setCallTimer } from './sim';

/** A caller dials a number: the line rings the resource account's bot, which has 15 s to pick up. */
export function dial(sim: Sim, from: string, to: string): PstnLeg {
  const leg: PstnLeg = {
    id: newId(),
    direction: 'inbound',
    from,
    to,
    state: 'ringing',
    connectedTo: undefined,
    callIds: [],
    heard: [],
    startedAt: isoNow(sim),
  };
  sim.pstn.set(leg.id, leg);
  const account = sim.directory.resourceAccountByNumber(to);
  const app = account && sim.directory.app(account.appId);
  if (!account || !app) {
    endLeg(sim, leg.id, 'number not in service');
    return leg;
  }
  if (activeCallCount(sim, app.appId) >= sim.settings.maxCallsPerApp) {
    endLeg(sim, leg.id, `busy: the app holds ${sim.settings.maxCallsPerApp} calls, the most Graph allows`);
    return leg;
  }
  const call: SimCall = {
    id: newId(),
    appId: app.appId,
    tenantId: account.tenantId,
    direction: 'incoming',
    state: 'incoming',
    callbackUri: app.callbackUri,
    callChainId: newId(),
    myParticipantId: newId(),
    peerParticipantId: newId(),
    source: {
      '@odata.type': '#microsoft.graph.participantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        phone: { '@odata.type': '#microsoft.graph.identity', id: from },
      },
      endpointType: 'default',
      region: 'amer',
      languageId: 'en-US',
    },
    targets: [],
    requestedModalities: ['audio'],
    mediaHosting: undefined,
    applicationInstanceId: account.id,
    peer: { kind: 'pstn', legId: leg.id },
    invitees: [],
    toneSubscribed: false,
    toneSequence: 0,
    etag: 1,
    createdAt: sim.clock.now(),
    timers: new Map(),
  };
  call.targets = [
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        applicationInstance: {
          '@odata.type': '#microsoft.graph.identity',
          id: account.id,
          displayName: account.displayName,
          tenantId: account.tenantId,
        },
      },
      endpointType: 'default',
      id: call.myParticipantId,
      region: 'amer',
      languageId: null,
    },
  ];
  sim.calls.set(call.id, call);
  leg.connectedTo = { kind: 'bot', callId: call.id };
  leg.callIds.push(call.id);
  setCallTimer(sim, call, 'answer', sim.settings.answerDeadlineMs, () => {
    if (call.state === 'incoming')
      endCall(sim, call, results.notAnswered, { releasePeer: true, peerReason: 'not answered' });
  });
  void offer(sim, call, leg);
  return leg;
}

async function offer(sim: Sim, call: SimCall, leg: PstnLeg): Promise<void> {
  if (sim.faults.take('legacy', 'incoming')) {
    // Teams may first notify in the old Skype format; a bot answers 204 and gets the Graph form next.
    const status = await sim.notifier.sendRaw(call.id, target(call), 'incoming', legacyIncoming(call, leg));
    if (status !== 204) return;
  }
  const delivered = await notifyCall(sim, call, 'incoming', 'created', incomingData(call));
  // A bot that does not acknowledge the incoming call within 5 s loses it: "callee could not be reached".
  if (!delivered && call.state === 'incoming') {
    endCall(sim, call, results.notAnswered, {
      releasePeer: true,
      peerReason: 'the bot did not acknowledge the call',
    });
  }
}

function target(call: SimCall) {
  return { uri: call.callbackUri, appId: call.appId, tenantId: call.tenantId, callChainId: call.callChainId };
}

function incomingData(call: SimCall): Record<string, unknown> {
  return {
    ...callCore(call),
    incomingContext: {
      '@odata.type': '#microsoft.graph.incomingContext',
      sourceParticipantId: call.peerParticipantId,
      observedParticipantId: call.myParticipantId,
    },
  };
}

/** The old Skype-protocol shape of an incoming call (no `@odata.type`, top-level `callState`). */
function legacyIncoming(call: SimCall, leg: PstnLeg): Record<string, unknown> {
  return {
    id: call.id,
    callState: 'incoming',
    isMultiparty: false,
    participants: [
      { identity: { phone: { id: leg.from } }, languageId: 'en-US', participantId: call.peerParticipantId },
    ],
    tenantId: call.tenantId,
  };
}

/** The bot answered: establishing, then established with audio active (Graph may swap the two). */
export function answered(sim: Sim, call: SimCall, callbackUri: string, hosting: 'service' | 'app'): void {
  call.timers.get('answer')?.cancel();
  call.timers.delete('answer');
  call.callbackUri = callbackUri;
  call.mediaHosting = hosting;
  establish(sim, call);
  if (call.peer.kind === 'pstn') {
    const leg = sim.pstn.get(call.peer.legId);
    if (leg && leg.state === 'ringing') leg.state = 'connected';
  }
}

/** Establishing then established, in Graph's order unless a reorder fault swaps them; starts keep-alive. */
export function establish(sim: Sim, call: SimCall): void {
  call.state = 'established';
  const establishing = { state: 'establishing' };
  const established = {
    state: 'established',
    direction: call.direction,
    mediaState: { '@odata.type': '#microsoft.graph.callMediaState', audio: 'active' },
  };
  const pair = sim.faults.take('reorder', 'established')
    ? [established, establishing]
    : [establishing, established];
  for (const data of pair) void notifyCall(sim, call, data.state, 'updated', data);
  void notifyRoster(sim, call);
  armKeepAlive(sim, call);
}

/** The roster after a change: the bot and everyone else in the call. */
export function notifyRoster(sim: Sim, call: SimCall): Promise<boolean> {
  return sim.notifier.send(call.id, target(call), 'participants', {
    changeType: 'updated',
    resourceUrl: `/communications/calls/${call.id}/participants`,
    resourceData: participants(sim, call),
  });
}

/** The call's participants as Graph lists them. */
export function participants(sim: Sim, call: SimCall): Record<string, unknown>[] {
  const stream = (sourceId: string) => ({
    '@odata.type': '#microsoft.graph.mediaStream',
    mediaType: 'audio',
    sourceId,
    direction: 'sendReceive',
    serverMuted: false,
  });
  const participant = (id: string, identity: Record<string, unknown>, sourceId: string) => ({
    '@odata.type': '#microsoft.graph.participant',
    id,
    info: { '@odata.type': '#microsoft.graph.participantInfo', identity, endpointType: 'default' },
    mediaStreams: [stream(sourceId)],
    isMuted: false,
    isInLobby: false,
  });
  const bot = participant(
    call.myParticipantId,
    {
      '@odata.type': '#microsoft.graph.identitySet',
      application: { id: call.appId, tenantId: call.tenantId },
    },
    '1',
  );
  const peerIdentity =
    call.peer.kind === 'pstn'
      ? { phone: { id: sim.pstn.get(call.peer.legId)?.from ?? '' } }
      : {
          user: {
            id: call.peer.userId,
            tenantId: call.tenantId,
            displayName: sim.directory.user(call.peer.userId)?.displayName,
          },
        };
  const peer = participant(
    call.peerParticipantId,
    { '@odata.type': '#microsoft.graph.identitySet', ...peerIdentity },
    '2',
  );
  const invited = call.invitees.map((userId, i) =>
    participant(
      `${call.id}-invitee-${i}`,
      { '@odata.type': '#microsoft.graph.identitySet', user: { id: userId, tenantId: call.tenantId } },
      String(3 + i),
    ),
  );
  return [bot, peer, ...invited];
}

/** Graph ends a call nobody kept alive for 45 minutes. */
export function armKeepAlive(sim: Sim, call: SimCall): void {
  setCallTimer(sim, call, 'keepAlive', sim.settings.keepAliveMs, () =>
    endCall(sim, call, results.keepAliveTimeout, { releasePeer: true, peerReason: 'keep-alive timeout' }),
  );
}

/** The bot hung up (`DELETE /communications/calls/{id}`): terminating, then terminated. */
export function hangUpByBot(sim: Sim, call: SimCall): void {
  void setState(sim, call, 'terminating');
  endCall(sim, call, results.endedByBot, { releasePeer: true, peerReason: 'ended by the bot' });
}

/** The caller pressed keys, one after another as a person does. */
export async function pressKeys(sim: Sim, leg: PstnLeg, keys: string): Promise<void> {
  for (const key of keys) {
    if (leg.state === 'ended') return;
    const call = leg.connectedTo?.kind === 'bot' ? sim.calls.get(leg.connectedTo.callId) : undefined;
    if (call) keyPressed(sim, call, key);
    await sim.clock.sleep(sim.settings.dtmfGapMs);
  }
}

/** The caller hung up: the bot's call ends, or the Teams user they were handed to is free again. */
export function callerHangsUp(sim: Sim, leg: PstnLeg): void {
  const connected = leg.connectedTo;
  endLeg(sim, leg.id, 'caller hung up');
  if (connected?.kind === 'bot') {
    const call = sim.calls.get(connected.callId);
    if (call) endCall(sim, call, results.pstnHungUp, { releasePeer: false });
  }
}
