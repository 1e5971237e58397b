import { callCore, callResource, endCall } from '../engine/calls';
import { answered, armKeepAlive, hangUpByBot, participants } from '../engine/incoming';
import { cancelMedia, enqueue, startHold, stopHold } from '../engine/media';
import { placeCall } from '../engine/outbound';
import { activeCallCount, newId, type Sim } from '../engine/sim';
import { consultativeTransfer, invite, redirect, refuseDestination, transfer } from '../engine/transfer';
import { graphError } from '../http/graph-error';
import type { SimResponse } from '../http/types';
import type { SimCall } from '../world/model';
import {
  actionBody,
  asObject,
  asString,
  callbackProblem,
  destinationOf,
  e164,
  entityBody,
  isRefusal,
  type Json,
  mediaHosting,
  promptList,
} from './body';
import { findCall, findLiveCall, tenantMismatch, wrongState } from './call-access';
import type { Caller, GraphRouteEntry } from './graph-route';

const base = '/communications/calls';

function operation(
  type: string,
  id: string,
  status: string,
  clientContext: unknown,
  path: string,
): SimResponse {
  const location = `${path}/operations/${id}`;
  return {
    status: 200,
    headers: { location },
    body: {
      '@odata.type': `#microsoft.graph.${type}`,
      id,
      status,
      ...(typeof clientContext === 'string' ? { clientContext } : {}),
    },
  };
}

function accepted(): SimResponse {
  return { status: 202 };
}

/** Runs an action on a live call of the caller after checking its body against Graph's schema. */
function action(
  sim: Sim,
  name: string,
  run: (call: SimCall, body: Json, caller: Caller) => SimResponse | Promise<SimResponse>,
  boundType = 'graph.call',
): GraphRouteEntry['route'] {
  return (req, params, caller) => {
    const call = findLiveCall(sim, caller, params.callId ?? '');
    if (!('appId' in call)) return call;
    const body = actionBody(boundType, name, req.body);
    if (isRefusal(body)) return body;
    return run(call, body, caller);
  };
}

function requireMedia(call: SimCall): SimResponse | undefined {
  if (call.state !== 'established') return wrongState(call, 'media operations', ['established']);
  if (call.mediaHosting !== 'service') {
    return graphError(
      400,
      'BadRequest',
      'This operation is only supported for calls with service-hosted media.',
    );
  }
  return undefined;
}

/** Graph's `/communications/calls` routes, as the simulator plays them. */
export function callRoutes(sim: Sim): GraphRouteEntry[] {
  return [
    {
      method: 'POST',
      path: base,
      kind: 'createCall',
      route: (req, _p, caller) => createCall(sim, req.body, caller),
    },
    {
      method: 'GET',
      path: `${base}/:callId`,
      kind: 'getCall',
      route: (_req, params, caller) => {
        const call = findCall(sim, caller, params.callId ?? '');
        if (!('appId' in call)) return call;
        if (call.state === 'terminated')
          return graphError(404, 'itemNotFound', `Call '${call.id}' has ended.`);
        return { status: 200, body: callResource(call) };
      },
    },
    {
      method: 'DELETE',
      path: `${base}/:callId`,
      kind: 'deleteCall',
      route: (_req, params, caller) => {
        const call = findLiveCall(sim, caller, params.callId ?? '');
        if (!('appId' in call)) return call;
        hangUpByBot(sim, call);
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      path: `${base}/:callId/answer`,
      kind: 'answer',
      route: action(sim, 'answer', (call, body) => {
        if (call.state !== 'incoming') return wrongState(call, 'answer', ['incoming']);
        const callbackUri = asString(body.callbackUri);
        const problem = callbackProblem(callbackUri);
        if (problem) return graphError(400, 'BadRequest', problem);
        const media = asObject(body.mediaConfig);
        const prefetch = Array.isArray(media.preFetchMedia) ? media.preFetchMedia : [];
        sim.prompts.prefetch(
          prefetch.map((m) => ({
            uri: asString(asObject(m).uri) ?? '',
            resourceId: asString(asObject(m).resourceId) ?? '',
          })),
        );
        answered(sim, call, callbackUri!, mediaHosting(body.mediaConfig));
        return accepted();
      }),
    },
    {
      method: 'POST',
      path: `${base}/:callId/reject`,
      kind: 'reject',
      route: action(sim, 'reject', (call) => {
        if (call.state !== 'incoming') return wrongState(call, 'reject', ['incoming']);
        endCall(sim, call, undefined, { releasePeer: true, peerReason: 'rejected', bare: true });
        return accepted();
      }),
    },
    {
      method: 'POST',
      path: `${base}/:callId/redirect`,
      kind: 'redirect',
      route: action(sim, 'redirect', (call, body) => {
        if (call.state !== 'incoming') return wrongState(call, 'redirect', ['incoming']);
        const targets = Array.isArray(body.targets) ? body.targets : [];
        if (targets.length < 1 || targets.length > 25) {
          return graphError(
            400,
            'BadRequest',
            `targets must hold 1 to 25 participants, got ${targets.length}.`,
          );
        }
        const timeout = typeof body.timeout === 'number' ? body.timeout : targets.length > 1 ? 60 : 55;
        if (timeout < 15 || timeout > 90) {
          return graphError(400, 'BadRequest', `timeout must be between 15 and 90 seconds, got ${timeout}.`);
        }
        const destinations = targets.map(destinationOf);
        if (destinations.some((d) => d === undefined)) {
          return graphError(400, 'BadRequest', 'Each target needs identity.user.id or identity.phone.id.');
        }
        for (const destination of destinations) {
          if (destination?.kind === 'phone' && !e164.test(destination.number)) {
            return graphError(
              400,
              'BadRequest',
              `Phone target '${destination.number}' is not in E.164 format.`,
            );
          }
          const refusal = destination && refuseDestination(sim, call, destination);
          if (refusal) return graphError(403, '7505', refusal);
        }
        const callbackUri = asString(body.callbackUri);
        if (callbackUri) {
          const problem = callbackProblem(callbackUri);
          if (problem) return graphError(400, 'BadRequest', problem);
          call.callbackUri = callbackUri;
        }
        redirect(sim, call, destinations as NonNullable<(typeof destinations)[number]>[], timeout * 1000);
        return accepted();
      }),
    },
    {
      method: 'POST',
      path: `${base}/:callId/transfer`,
      kind: 'transfer',
      route: action(sim, 'transfer', (call, body) => {
        if (call.state !== 'established') return wrongState(call, 'transfer', ['established']);
        if (call.peer.kind !== 'pstn') {
          return graphError(
            400,
            'BadRequest',
            'The simulator transfers calls whose far end is a phone line.',
          );
        }
        if (call.invitees.length > 0 && !body.transferee) {
          return graphError(400, 'BadRequest', 'transferee is required to transfer a group call.');
        }
        const targetInfo = asObject(body.transferTarget);
        const destination = destinationOf(targetInfo);
        if (!destination)
          return graphError(400, 'BadRequest', 'transferTarget needs identity.user.id or identity.phone.id.');
        if (destination.kind === 'phone' && !e164.test(destination.number)) {
          return graphError(
            400,
            'BadRequest',
            `Phone target '${destination.number}' is not in E.164 format.`,
          );
        }
        const refusal = refuseDestination(sim, call, destination);
        if (refusal) return graphError(403, '7505', refusal);
        const replacesCallId = asString(targetInfo.replacesCallId);
        if (replacesCallId) {
          if (destination.kind !== 'user') {
            return graphError(400, 'BadRequest', 'replacesCallId needs a user transfer target.');
          }
          consultativeTransfer(sim, call, destination.userId, replacesCallId);
        } else {
          transfer(sim, call, destination, sim.settings.ringMs);
        }
        return accepted();
      }),
    },
    {
      method: 'POST',
      path: `${base}/:callId/playPrompt`,
      kind: 'playPrompt',
      route: action(sim, 'playPrompt', (call, body) => {
        const refused = requireMedia(call);
        if (refused) return refused;
        const prompts = promptList(body.prompts);
        if (prompts.length < 1 || prompts.length > 20) {
          return graphError(400, 'BadRequest', `prompts must hold 1 to 20 prompts, got ${prompts.length}.`);
        }
        const op = enqueue(sim, call, {
          kind: 'playPrompt',
          prompts,
          clientContext: asString(body.clientContext),
        });
        return operation('playPromptOperation', op.id, 'running', body.clientContext, `${base}/${call.id}`);
      }),
    },
    {
      method: 'POST',
      path: `${base}/:callId/recordResponse`,
      kind: 'recordResponse',
      route: action(sim, 'recordResponse', (call, body) => {
        const refused = requireMedia(call);
        if (refused) return refused;
        const prompts = promptList(body.prompts);
        if (prompts.length > 1)
          return graphError(400, 'BadRequest', 'recordResponse takes at most one prompt.');
        const seconds = (value: unknown, fallback: number, name: string) => {
          const n = typeof value === 'number' ? value : fallback;
          return n >= 1 && n <= 120 ? n : `${name} must be between 1 and 120 seconds, got ${n}.`;
        };
        const max = seconds(body.maxRecordDurationInSeconds, 5, 'maxRecordDurationInSeconds');
        const initial = seconds(body.initialSilenceTimeoutInSeconds, 5, 'initialSilenceTimeoutInSeconds');
        const silence = seconds(body.maxSilenceTimeoutInSeconds, 5, 'maxSilenceTimeoutInSeconds');
        for (const value of [max, initial, silence])
          if (typeof value === 'string') return graphError(400, 'BadRequest', value);
        const stopTones = Array.isArray(body.stopTones) ? body.stopTones.map(String) : [];
        const op = enqueue(sim, call, {
          kind: 'record',
          prompts,
          clientContext: asString(body.clientContext),
          record: { maxRecordSeconds: max as number, playBeep: body.playBeep !== false, stopTones },
        });
        return operation('recordOperation', op.id, 'running', body.clientContext, `${base}/${call.id}`);
      }),
    },
    {
      method: 'POST',
      path: `${base}/:callId/subscribeToTone`,
      kind: 'subscribeToTone',
      route: action(sim, 'subscribeToTone', (call, body) => {
        const refused = requireMedia(call);
        if (refused) return refused;
        call.toneSubscribed = true;
        return operation(
          'subscribeToToneOperation',
          newId(),
          'completed',
          body.clientContext,
          `${base}/${call.id}`,
        );
      }),
    },
    {
      method: 'POST',
      path: `${base}/:callId/cancelMediaProcessing`,
      kind: 'cancelMediaProcessing',
      route: action(sim, 'cancelMediaProcessing', (call, body) => {
        cancelMedia(sim, call);
        return operation(
          'cancelMediaProcessingOperation',
          newId(),
          'completed',
          body.clientContext,
          `${base}/${call.id}`,
        );
      }),
    },
    {
      method: 'POST',
      path: `${base}/:callId/keepAlive`,
      kind: 'keepAlive',
      route: action(sim, 'keepAlive', (call) => {
        armKeepAlive(sim, call);
        return { status: 200 };
      }),
    },
    {
      method: 'GET',
      path: `${base}/:callId/participants`,
      kind: 'listParticipants',
      route: (_req, params, caller) => {
        const call = findLiveCall(sim, caller, params.callId ?? '');
        if (!('appId' in call)) return call;
        return { status: 200, body: { value: participants(sim, call) } };
      },
    },
    {
      method: 'POST',
      path: `${base}/:callId/participants/invite`,
      kind: 'invite',
      route: action(
        sim,
        'invite',
        (call, body) => {
          if (call.state !== 'established') return wrongState(call, 'invite', ['established']);
          const invited = Array.isArray(body.participants) ? body.participants : [];
          if (invited.length < 1 || invited.length > 5) {
            return graphError(
              400,
              'BadRequest',
              `participants must hold 1 to 5 entries, got ${invited.length}.`,
            );
          }
          const users: string[] = [];
          for (const info of invited) {
            const destination = destinationOf(info);
            if (destination?.kind !== 'user') {
              return graphError(400, 'BadRequest', 'The simulator invites Teams users (identity.user.id).');
            }
            const refusal = refuseDestination(sim, call, destination);
            if (refusal) return graphError(403, '7505', refusal);
            users.push(destination.userId);
          }
          const opId = newId();
          invite(sim, call, users, opId, asString(body.clientContext));
          return operation(
            'inviteParticipantsOperation',
            opId,
            'running',
            body.clientContext,
            `${base}/${call.id}`,
          );
        },
        'Collection(graph.participant)',
      ),
    },
    {
      method: 'POST',
      path: `${base}/:callId/participants/:participantId/mute`,
      kind: 'mute',
      route: action(
        sim,
        'mute',
        (call, body) => {
          if (call.invitees.length === 0) {
            return graphError(400, 'BadRequest', 'Muting a participant is only supported in group calls.');
          }
          return operation(
            'muteParticipantOperation',
            newId(),
            'completed',
            body.clientContext,
            `${base}/${call.id}`,
          );
        },
        'graph.participant',
      ),
    },
    {
      method: 'POST',
      path: `${base}/:callId/participants/:participantId/startHoldMusic`,
      kind: 'startHoldMusic',
      route: holdRoute(sim, 'startHoldMusic'),
    },
    {
      method: 'POST',
      path: `${base}/:callId/participants/:participantId/stopHoldMusic`,
      kind: 'stopHoldMusic',
      route: holdRoute(sim, 'stopHoldMusic'),
    },
  ];
}

function holdRoute(sim: Sim, name: 'startHoldMusic' | 'stopHoldMusic'): GraphRouteEntry['route'] {
  return async (req, params, caller) => {
    const found = findLiveCall(sim, caller, params.callId ?? '');
    if (!('appId' in found)) return found;
    const call = found;
    const body = actionBody('graph.participant', name, req.body);
    if (isRefusal(body)) return body;
    if (params.participantId !== call.peerParticipantId) {
      return graphError(
        404,
        'itemNotFound',
        `Participant '${params.participantId}' is not in call '${call.id}'.`,
      );
    }
    const refused = requireMedia(call);
    if (refused) return refused;
    const clientContext = asString(body.clientContext);
    const type = name === 'startHoldMusic' ? 'startHoldMusicOperation' : 'stopHoldMusicOperation';
    const opId =
      name === 'startHoldMusic'
        ? await startHold(
            sim,
            call,
            promptList(body.customPrompt ? [body.customPrompt] : [])[0],
            clientContext,
          )
        : stopHold(sim, call, clientContext);
    const response = operation(type, opId, 'running', clientContext, `${base}/${call.id}`);
    return { ...response, status: 202 };
  };
}

function createCall(sim: Sim, raw: unknown, caller: Caller): SimResponse {
  const body = entityBody('graph.call', raw);
  if (isRefusal(body)) return body;
  const callbackUri = asString(body.callbackUri);
  const problem = callbackProblem(callbackUri);
  if (problem) return graphError(400, 'BadRequest', problem);
  const tenantId = asString(body.tenantId);
  // Without tenantId Graph cannot tell which tenant the call is for, and answers 7505.
  if (!tenantId || tenantId.toLowerCase() !== caller.tenantId.toLowerCase()) return tenantMismatch();
  const targets = Array.isArray(body.targets) ? body.targets.map(asObject) : [];
  if (targets.length !== 1) {
    return graphError(400, 'BadRequest', 'The simulator places peer-to-peer calls: give exactly one target.');
  }
  const to = destinationOf(targets[0]);
  if (!to) return graphError(400, 'BadRequest', 'targets[0] needs identity.user.id or identity.phone.id.');
  const source = body.source === undefined ? undefined : asObject(body.source);
  const instanceId = asString(asObject(asObject(source?.identity).applicationInstance).id);
  const instance = instanceId ? sim.directory.resourceAccount(instanceId) : undefined;
  if (instanceId && (!instance || instance.appId.toLowerCase() !== caller.appId.toLowerCase())) {
    return graphError(
      403,
      '7505',
      `Application instance '${instanceId}' does not belong to this application.`,
    );
  }
  if (instance && instance.tenantId.toLowerCase() !== tenantId.toLowerCase()) return tenantMismatch();
  if (to.kind === 'phone') {
    if (!instance) {
      return graphError(
        403,
        '7505',
        'Calls to phone numbers need source.identity.applicationInstance of this app.',
      );
    }
    if (!e164.test(to.number))
      return graphError(400, 'BadRequest', `Phone target '${to.number}' is not in E.164 format.`);
  } else {
    const user = sim.directory.user(to.userId);
    if (!user) return graphError(404, 'itemNotFound', `User '${to.userId}' was not found.`);
    if (user.tenantId.toLowerCase() !== tenantId.toLowerCase()) return tenantMismatch();
  }
  if (activeCallCount(sim, caller.appId) >= sim.settings.maxCallsPerApp) {
    return graphError(
      403,
      '7503',
      `The application already holds ${sim.settings.maxCallsPerApp} concurrent calls.`,
    );
  }
  const call = placeCall(sim, {
    appId: caller.appId,
    tenantId,
    callbackUri: callbackUri!,
    source,
    targets,
    requestedModalities: Array.isArray(body.requestedModalities)
      ? body.requestedModalities.map(String)
      : ['audio'],
    hosting: mediaHosting(body.mediaConfig),
    applicationInstanceId: instance?.id,
    to,
  });
  return {
    status: 201,
    headers: { location: `${base}/${call.id}` },
    body: callCore(call),
  };
}
