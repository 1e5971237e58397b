import type { Agent, ContactCenterDirectory, Tenant } from '../../src/config';
import type { AgentState } from '../../src/domain/agent';
import type { AgentService } from '../../src/routing';
import type { Store } from '../../src/store';
import type { AdaptiveCard } from './cards/adaptive-card';
import { helpCard, inCallCard, notAgentCard, queuesCard, statusCard, VERBS } from './cards/agent-cards';
import { missedOfferCard } from './cards/notice-cards';
import { type ChatCommand, MAX_REASON_LENGTH, parseChatCommand } from './chat-command';

/** What answering an agent in chat works with. */
export interface AgentChatDeps {
  directory: ContactCenterDirectory;
  store: Pick<Store, 'agents' | 'interactions'>;
  agents: Pick<AgentService, 'setStatus'>;
}

/** Who wrote, as the channel vouches for it: the Entra tenant and object id. */
export interface ChatUser {
  tenantId: string;
  userId: string;
  /** The user's id in chat (`29:…`), for card refreshes. */
  chatId?: string;
}

/** While a call rings or is connected, the agent state machine keeps the agent's status. */
const IN_CALL = new Set(['reserved', 'busy']);

/** The agent behind a chat user, only in the tenant the activity came from (never another tenant's). */
function agentOf(deps: AgentChatDeps, user: ChatUser): { tenant: Tenant; agent: Agent } | undefined {
  const found = deps.directory.agent(user.userId);
  if (!found || found.tenant.id.toLowerCase() !== user.tenantId.toLowerCase()) return undefined;
  return found;
}

/**
 * Answers a chat message with a card: the command's result for an agent, a polite card for anyone else.
 * Framework-free: the Bot Framework turn only hands it the text and who wrote it.
 */
export async function answerMessage(
  deps: AgentChatDeps,
  user: ChatUser,
  message: string,
): Promise<AdaptiveCard> {
  const found = agentOf(deps, user);
  if (!found) return notAgentCard();
  const command = parseChatCommand(message);
  if (command.type === 'invalid') return helpCard(undefined, command.message);
  return run(deps, found, command);
}

/** Answers an Action.Execute click with the card that replaces the clicked one. */
export async function answerAction(
  deps: AgentChatDeps,
  user: ChatUser,
  verb: string,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const found = agentOf(deps, user);
  if (!found) return notAgentCard();
  switch (verb) {
    case VERBS.available:
      return run(deps, found, { type: 'available' });
    case VERBS.notReady: {
      const reason = typeof data.reason === 'string' ? data.reason.slice(0, MAX_REASON_LENGTH) : undefined;
      return run(deps, found, { type: 'notReady', reason });
    }
    case VERBS.refresh: {
      const state = await stateOf(deps, found);
      if (!state) return notAgentCard();
      // A missed-offer card stays one while the agent is still not ready for having missed it.
      const missedQueue = typeof data.queueName === 'string' ? data.queueName : undefined;
      if (missedQueue && state.status === 'notReady' && state.reason === 'missed')
        return missedOfferCard(missedQueue, state.since, found.tenant.timeZone, user.chatId);
      return statusCard(found.agent, state, found.tenant.timeZone, namesIn(found.tenant));
    }
    default:
      return helpCard(undefined, `That button ("${verb.slice(0, 40)}") is not one this bot knows.`);
  }
}

async function stateOf(deps: AgentChatDeps, found: { tenant: Tenant; agent: Agent }) {
  return deps.store.agents.get(found.tenant.id, found.agent.id);
}

async function run(
  deps: AgentChatDeps,
  found: { tenant: Tenant; agent: Agent },
  command: ChatCommand,
): Promise<AdaptiveCard> {
  const { tenant, agent } = found;
  const state = await stateOf(deps, found);
  if (!state) return notAgentCard();
  switch (command.type) {
    case 'status':
      return statusCard(agent, state, tenant.timeZone, namesIn(tenant));
    case 'available':
      return change(deps, found, state, 'available', undefined);
    case 'notReady':
      return change(deps, found, state, 'notReady', command.reason);
    case 'queues': {
      const queues = agent.queues.flatMap((id) => tenant.queues.filter((queue) => queue.id === id));
      return queuesCard(queues, await deps.store.interactions.queueLengths(tenant.id), state);
    }
    case 'help':
      return helpCard(command.unknown);
  }
}

async function change(
  deps: AgentChatDeps,
  { tenant, agent }: { tenant: Tenant; agent: Agent },
  state: AgentState,
  status: 'available' | 'notReady',
  reason: string | undefined,
): Promise<AdaptiveCard> {
  if (IN_CALL.has(state.status)) return inCallCard(state);
  // The same status again changes nothing: it would reset the idle time longest-idle routing orders by.
  if (state.status === status && state.reason === reason)
    return statusCard(agent, state, tenant.timeZone, namesIn(tenant), 'Your status was already this.');
  const after = await deps.agents.setStatus(tenant.id, agent.id, status, reason);
  if (!after) return notAgentCard();
  if (after.status !== status) return inCallCard(after);
  return statusCard(agent, after, tenant.timeZone, namesIn(tenant), 'Your status changed.');
}

/** A queue's name in the tenant, or its id if it is no longer configured. */
function namesIn(tenant: Tenant): (id: string) => string {
  return (id) => tenant.queues.find((queue) => queue.id === id)?.name ?? id;
}
