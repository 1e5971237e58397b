import { type AgentState, type AgentStatus, routablePresences, type TeamsPresence } from '../domain/agent';

/** What happens to an agent: routing's offers and their outcomes, Teams presence, and the agent's own choices. */
export type AgentEvent =
  | { type: 'offered'; interactionId: string; at: number }
  /** The offer was not answered or was declined. */
  | { type: 'missed'; at: number }
  /** The offer ended without the agent's doing (the caller hung up while it rang). */
  | { type: 'released'; at: number }
  | { type: 'connected'; at: number }
  | { type: 'presence'; presence: TeamsPresence; at: number }
  /** The agent finished after-call work, or its timer ran out. */
  | { type: 'wrappedUp'; at: number }
  | {
      type: 'setStatus';
      status: 'available' | 'notReady' | 'offline';
      reason: string | undefined;
      at: number;
    };

/** What an agent's change asks the world to do. */
export type AgentCommand =
  /** The connected interaction is over for the agent: tell it (it ends as handled). */
  | { type: 'interaction.release'; interactionId: string }
  /** Teams shows the reserved agent in a call: the offered interaction may take that as its transfer's outcome. */
  | { type: 'interaction.agentInCall'; interactionId: string }
  | { type: 'wrapUp.start'; interactionId: string; dueAt: number | undefined }
  | { type: 'wrapUp.cancel'; interactionId: string }
  | { type: 'routing.wakeAgent' }
  | {
      type: 'log';
      name: 'agentState';
      data: { status: AgentStatus; reason: string | null; previous: AgentStatus };
    };

type Step = [AgentState, AgentCommand[]];

const inCall = (presence: TeamsPresence | undefined) =>
  presence?.activity === 'InACall' || presence?.activity === 'InAConferenceCall';

function move(
  agent: AgentState,
  status: AgentStatus,
  at: number,
  patch: Partial<AgentState> = {},
  reason?: string,
): Step {
  const next: AgentState = { ...agent, ...patch, status, reason, since: at };
  if (status === 'available') next.idleSince = at;
  const commands: AgentCommand[] = [
    { type: 'log', name: 'agentState', data: { status, reason: reason ?? null, previous: agent.status } },
  ];
  if (status === 'available') commands.push({ type: 'routing.wakeAgent' });
  return [next, commands];
}

/** The end of a connected call: wrap-up for `wrapUpSeconds` (0 = straight back to available). */
function callEnded(agent: AgentState, at: number, wrapUpSeconds: number): Step {
  const interactionId = agent.interactionId;
  const release: AgentCommand[] = interactionId ? [{ type: 'interaction.release', interactionId }] : [];
  if (wrapUpSeconds <= 0 || !interactionId) {
    const [next, commands] = move(agent, 'available', at, {
      interactionId: undefined,
      callSeenInTeams: false,
    });
    return [next, [...release, ...commands]];
  }
  const [next, commands] = move(agent, 'wrapUp', at, { callSeenInTeams: false });
  return [
    next,
    [...release, { type: 'wrapUp.start', interactionId, dueAt: at + wrapUpSeconds * 1000 }, ...commands],
  ];
}

/**
 * Teams shows the reserved agent in a call: remembered for when the offer connects (the call may be over by
 * then), and told to the interaction, whose transfer notification may never come.
 */
function reservedPresence(agent: AgentState, seen: AgentState): Step {
  if (!inCall(seen.presence) || agent.callSeenInTeams) return [seen, []];
  const tell: AgentCommand[] = agent.interactionId
    ? [{ type: 'interaction.agentInCall', interactionId: agent.interactionId }]
    : [];
  return [{ ...seen, callSeenInTeams: true }, tell];
}

/**
 * An agent's routing state: available -> reserved (offered) -> busy (connected) -> wrap-up -> available, or
 * not ready "missed" after an unanswered offer. Busy ends when Teams shows the agent has left the call.
 * Pure; executes nothing. `wrapUpSeconds` is the queue's, for the call being ended.
 */
export function agentTransition(agent: AgentState, event: AgentEvent, wrapUpSeconds = 0): Step {
  switch (event.type) {
    case 'offered':
      if (agent.status !== 'available') return [agent, []];
      return move(agent, 'reserved', event.at, {
        interactionId: event.interactionId,
        lastOfferedAt: event.at,
        callSeenInTeams: false,
      });
    case 'missed':
      if (agent.status !== 'reserved') return [agent, []];
      return move(agent, 'notReady', event.at, { interactionId: undefined }, 'missed');
    case 'released':
      if (agent.status !== 'reserved') return [agent, []];
      return move(agent, 'available', event.at, { interactionId: undefined });
    case 'connected': {
      if (agent.status !== 'reserved') return [agent, []];
      // Teams may already show the call (presence polls race the transfer's completion), or have shown it
      // and its end: then the call is over before it was known connected, and busy ends at once.
      const [busy, commands] = move(agent, 'busy', event.at, {
        callSeenInTeams: agent.callSeenInTeams || inCall(agent.presence),
      });
      if (!agent.callSeenInTeams || inCall(agent.presence)) return [busy, commands];
      const [ended, more] = callEnded(busy, event.at, wrapUpSeconds);
      return [ended, [...commands, ...more]];
    }
    case 'presence': {
      const seen = { ...agent, presence: event.presence };
      if (agent.status === 'available') {
        // An available agent Teams now shows free can take a waiting call at once, not at the next sweep.
        const freed =
          routablePresences.has(event.presence.availability) &&
          !routablePresences.has(agent.presence?.availability ?? '');
        return [seen, freed ? [{ type: 'routing.wakeAgent' }] : []];
      }
      if (agent.status === 'reserved') return reservedPresence(agent, seen);
      if (agent.status !== 'busy') return [seen, []];
      if (inCall(event.presence)) return [{ ...seen, callSeenInTeams: true }, []];
      return agent.callSeenInTeams ? callEnded(seen, event.at, wrapUpSeconds) : [seen, []];
    }
    case 'wrappedUp':
      if (agent.status === 'busy') return callEnded(agent, event.at, 0);
      if (agent.status !== 'wrapUp') return [agent, []];
      return move(agent, 'available', event.at, { interactionId: undefined });
    case 'setStatus': {
      if (agent.status === 'reserved' || agent.status === 'busy') {
        // Mid-call the choice waits: the agent keeps the call; the tab asks again after wrap-up.
        return [agent, []];
      }
      const [next, commands] = move(
        agent,
        event.status,
        event.at,
        { interactionId: undefined },
        event.reason,
      );
      const cancel: AgentCommand[] =
        agent.status === 'wrapUp' && agent.interactionId
          ? [{ type: 'wrapUp.cancel', interactionId: agent.interactionId }]
          : [];
      return [next, [...cancel, ...commands]];
    }
  }
}
