/**
 * Announced (consultative) transfer, per queue: the bot calls the agent's Teams first, whispers who is
 * calling, then transfers the caller's call with `replacesCallId` = the agent's call, so Graph connects
 * caller and agent and drops the bot's legs. The caller hears music throughout. An agent who does not answer
 * within the queue's alert time, declines, or hangs up during the whisper has missed the offer, as after a
 * failed blind transfer. Pure; executes nothing.
 */
import type { AnnouncedOffer, Interaction } from '../domain/interaction';
import type { CallContext } from './call-context';
import type { CallEvent } from './call-event';
import type { Command } from './command';
import { cancel, chain, log, type Step, timer, withState } from './effects';
import { missed } from './queueing';
import { inRequests, whisperPrompts } from './whisper';

type Offering = Interaction & { state: Extract<Interaction['state'], { kind: 'offering' }> };
type LegEvent = Extract<CallEvent, { type: 'leg' }>;

/** Legs of announced offers are named `agent-…`; other legs (a callback's) are not this module's. */
const isAgentLeg = (leg: string) => leg.startsWith('agent-');

const hangUp = (callId: string | undefined): Command[] => (callId ? [{ type: 'graph.hangUp', callId }] : []);

/** Routing chose an agent of an announced queue: call their Teams, music goes on for the caller. */
export function offerAnnounced(
  interaction: Interaction,
  agentId: string,
  ctx: CallContext,
  now: number,
): Step {
  const state = interaction.state;
  if (state.kind !== 'queued') return [interaction, []];
  const queue = ctx.queue(state.queueId);
  const { kind: _kind, ...place } = state;
  const leg = `agent-${now}`;
  const announced: AnnouncedOffer = { leg, phase: 'ringing', agentCallId: undefined, whisper: undefined };
  return [
    withState(interaction, { kind: 'offering', ...place, agentId, offeredAt: now, announced }),
    [
      {
        type: 'graph.placeCall',
        callId: interaction.callId,
        leg,
        target: { kind: 'user', userId: agentId },
        from: interaction.dialled,
      },
      log('offered', { queueId: state.queueId, agentId, waitedMs: now - state.enqueuedAt, announced: true }),
      timer('agentAlert', now + (queue?.agentAlertSeconds ?? 30) * 1000),
    ],
  ];
}

/** The offer is lost (not answered in time, declined, hung up, transfer refused): the agent's call ends too. */
export function missedAnnounced(interaction: Offering, ctx: CallContext, now: number): Step {
  const agentCallId = interaction.state.announced?.agentCallId;
  return chain(
    interaction,
    (i) => [i, [...cancel('agentAlert'), ...hangUp(agentCallId)]],
    (i) => missed(i, ctx, now),
  );
}

/** A call to an agent that no offer in progress owns (late, or from an offer already over): hang it up. */
export function strayAgentLeg(interaction: Interaction, event: LegEvent): Step {
  if (!isAgentLeg(event.leg) || !event.callId) return [interaction, []];
  if (event.event.type === 'placed' || event.event.type === 'established')
    return [interaction, hangUp(event.callId)];
  return [interaction, []];
}

/** What the agent's call does to an announced offer; events of another offer's call are strays. */
export function onAgentLeg(interaction: Offering, event: LegEvent, ctx: CallContext): Step {
  const announced = interaction.state.announced;
  if (!announced || announced.leg !== event.leg) return strayAgentLeg(interaction, event);
  const known = announced.agentCallId;
  const callId = event.callId;
  if (known !== undefined && callId !== undefined && known !== callId)
    return strayAgentLeg(interaction, event);
  const update = (patch: Partial<AnnouncedOffer>): Offering =>
    withState(interaction, {
      ...interaction.state,
      announced: { ...announced, ...patch },
    }) as Offering;
  const inner = event.event;
  switch (inner.type) {
    case 'placed':
      return known || !callId ? [interaction, []] : [update({ agentCallId: callId }), []];
    case 'established':
      if (announced.phase !== 'ringing' || !callId) return [interaction, []];
      return whisper(update({ agentCallId: callId, phase: 'whispering' }), ctx, event.at);
    case 'mediaCompleted': {
      if (announced.phase !== 'whispering' || inner.context !== announced.whisper || !known)
        return [interaction, []];
      const { agentId } = interaction.state;
      return [
        update({ phase: 'transferring' }),
        [
          {
            type: 'graph.transfer',
            callId: interaction.callId,
            target: { kind: 'user', userId: agentId, replacesCallId: known },
          },
        ],
      ];
    }
    case 'placeFailed':
    case 'terminated':
      // Once the transfer runs, Graph ends the agent's call itself; the caller's call says how it went.
      if (announced.phase === 'transferring') return [interaction, []];
      return missedAnnounced(update({ agentCallId: undefined }), ctx, event.at);
    default:
      return [interaction, []];
  }
}

/** The agent answered: the whisper plays on their call, in requests of at most 20 prompts. */
function whisper(interaction: Offering, ctx: CallContext, now: number): Step {
  const { state } = interaction;
  const queue = ctx.queue(state.queueId);
  const agentCallId = state.announced?.agentCallId;
  if (!queue || !state.announced || !agentCallId) return [interaction, []];
  const prompts = whisperPrompts(queue, {
    waitedSeconds: (now - state.enqueuedAt) / 1000,
    caller: interaction.caller,
    vip: state.priority === 1,
  });
  const seq = interaction.media.seq + 1;
  const requests = inRequests(prompts);
  const plays: Command[] = requests.map((chunk, index) => ({
    type: 'graph.play',
    callId: agentCallId,
    prompts: chunk,
    context: `whisper:${seq}:${index}`,
  }));
  const last = requests.length > 0 ? `whisper:${seq}:${requests.length - 1}` : undefined;
  const next = withState(
    { ...interaction, media: { ...interaction.media, seq } },
    { ...state, announced: { ...state.announced, whisper: last } },
  ) as Offering;
  const commands: Command[] = [...cancel('agentAlert'), ...plays];
  if (last) return [next, commands];
  // Nothing to say (every part left out): transfer at once.
  return [
    { ...next, state: { ...next.state, announced: { ...state.announced, phase: 'transferring' } } },
    [
      ...commands,
      {
        type: 'graph.transfer',
        callId: interaction.callId,
        target: { kind: 'user', userId: state.agentId, replacesCallId: agentCallId },
      },
    ],
  ];
}

/** The agent's alert time ran out with their Teams still ringing: a missed offer. */
export function agentAlertExpired(interaction: Offering, ctx: CallContext, now: number): Step {
  if (interaction.state.announced?.phase !== 'ringing') return [interaction, []];
  return missedAnnounced(interaction, ctx, now);
}
