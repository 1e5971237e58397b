/**
 * @module
 * The messaging bot in Teams chat, on Bot Framework (`botbuilder`): `POST /api/messages` through CloudAdapter
 * with Bot Framework authentication on configured endpoints; personal-chat commands for agents (status,
 * available, not ready, queues, help) answered with Adaptive Cards; Action.Execute buttons whose response
 * refreshes the card; and proactive notices (missed offers, supervisor queue alerts) written once from the
 * event log and sent through conversation references kept in the store. botbuilder is archived by Microsoft:
 * it is imported only in this folder (the adapter, the turn, the sender), so moving to the Microsoft 365
 * Agents SDK is a change here alone.
 */

export { type AgentChatDeps, answerAction, answerMessage, type ChatUser } from './agent-chat';
export {
  type BotFrameworkEndpoints,
  microsoftBotFramework,
  simulatedBotFramework,
} from './bot-framework-endpoints';
export { type ChatCommand, parseChatCommand } from './chat-command';
export { createMessaging, type Messaging, type MessagingOptions } from './create-messaging';
