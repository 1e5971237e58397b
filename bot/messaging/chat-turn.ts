import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ChatConversationRepository } from '../../src/store';
import { type AgentChatDeps, answerAction, answerMessage, type ChatUser } from './agent-chat';
import { type AdaptiveCard, attachment, card, text } from './cards/adaptive-card';
import { helpCard } from './cards/agent-cards';
import { captureReference } from './conversation-reference';

/** What a turn works with. */
export interface ChatTurnDeps {
  chat: AgentChatDeps;
  conversations: ChatConversationRepository;
  /** The tenants this deployment serves; anyone else gets nothing stored. */
  servesTenant(tenantId: string): boolean;
  logger: Pick<Logger, 'info'>;
  now(): number;
}

/** The Universal Actions response that replaces the clicked card. */
const cardResponse = (value: AdaptiveCard) => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value,
});

/**
 * One turn of the messaging bot, after CloudAdapter authenticated the activity: remember where the user (or
 * channel) is, then answer a message with a card, greet an install, or answer an Action.Execute click with
 * the refreshed card.
 */
export function createChatTurn(deps: ChatTurnDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const tenantId = tenantOf(activity);
    if (!tenantId || !deps.servesTenant(tenantId)) {
      deps.logger.info(
        { tenantId, type: activity.type },
        'activity from a tenant this deployment does not serve',
      );
      if (activity.type === ActivityTypes.Message) await reply(context, unknownTenantCard());
      return;
    }
    await captureReference(deps.conversations, activity, tenantId, deps.now());
    const user: ChatUser = { tenantId, userId: activity.from?.aadObjectId ?? '', chatId: activity.from?.id };
    switch (activity.type) {
      case ActivityTypes.Message:
        await reply(context, await answerMessage(deps.chat, user, activity.text ?? ''));
        return;
      case ActivityTypes.ConversationUpdate:
        if (activity.membersAdded?.some((member) => member.id === activity.recipient?.id))
          await reply(
            context,
            activity.conversation.conversationType === 'channel' ? channelWelcome() : helpCard(),
          );
        return;
      case ActivityTypes.Invoke:
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: await invokeResponse(deps, user, activity),
        });
        return;
      default:
        return;
    }
  };
}

async function invokeResponse(deps: ChatTurnDeps, user: ChatUser, activity: Activity) {
  if (activity.name !== 'adaptiveCard/action')
    return { status: 501, body: { error: { code: 'notImplemented', message: `invoke '${activity.name}'` } } };
  const action = (
    activity.value as { action?: { type?: string; verb?: unknown; data?: unknown } } | undefined
  )?.action;
  if (action?.type !== 'Action.Execute' || typeof action.verb !== 'string')
    return {
      status: 200,
      body: {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: 'expected an Action.Execute with a verb' },
      },
    };
  const data =
    typeof action.data === 'object' && action.data !== null ? (action.data as Record<string, unknown>) : {};
  return { status: 200, body: cardResponse(await answerAction(deps.chat, user, action.verb, data)) };
}

function tenantOf(activity: Activity): string | undefined {
  const fromData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return activity.conversation?.tenantId ?? (typeof fromData === 'string' ? fromData : undefined);
}

async function reply(context: TurnContext, content: AdaptiveCard): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.Message, attachments: [attachment(content)] });
}

function channelWelcome(): AdaptiveCard {
  return card('Switchboard is here', [
    text('Queue alerts for supervisors are posted in this channel when it is the configured alerts channel.'),
  ]);
}

function unknownTenantCard(): AdaptiveCard {
  return card('Switchboard is not set up for your organisation', [
    text('This contact center does not serve your tenant, so there is nothing the bot can do for you here.'),
  ]);
}
