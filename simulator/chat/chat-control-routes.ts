import { z } from 'zod';
import { controlError, isError, parseBody } from '../control/control-error';
import type { Route, SimResponse } from '../http/types';
import type { Directory, User } from '../world/directory';
import type { ChannelSigner } from './channel-signer';
import type { ChatConversation, ChatWorld } from './chat-world';
import { replace } from './connector-api';
import { type BotAnswer, deliverActivity } from './deliver-activity';
import { actionActivity, installActivity, messageActivity } from './incoming-activities';

/** What the control routes work with. */
export interface ChatControlDeps {
  world: ChatWorld;
  directory: Directory;
  signer: ChannelSigner;
  serviceUrl(): string;
  now(): number;
}

const httpUrl = z.url({ protocol: /^https?$/ });
const BotInput = z.strictObject({
  appId: z.string().trim().min(1),
  messagingEndpoint: httpUrl,
  name: z.string().min(1).default('Switchboard'),
});
const MessageInput = z.strictObject({ text: z.string().min(1).max(28_000) });
const ActionInput = z.strictObject({
  activityId: z.string().min(1),
  verb: z.string().min(1),
  data: z.record(z.string(), z.unknown()).optional(),
});
const ChannelInput = z.strictObject({
  tenantId: z.string().min(1),
  teamId: z.string().min(1),
  channelId: z.string().min(1),
  name: z.string().min(1),
});

/**
 * `/_sim/chat/...`: a Teams user installs the app, sends a chat message, clicks an Action.Execute button;
 * a team adds the bot to a channel; and anyone reads a transcript. Each answer says what the bot answered.
 */
export function chatControlRoutes(deps: ChatControlDeps): Array<[string, string, Route]> {
  const { world, directory } = deps;

  const botOrError = () =>
    world.bot ?? controlError(409, 'botNotRegistered', 'no messaging bot; POST /_sim/chat/bot first');
  const userOrError = (userId: string): User | SimResponse =>
    directory.user(userId) ??
    controlError(404, 'userNotFound', `user '${userId}' does not exist; POST /_sim/users first`);

  const deliver = async (build: (id: string) => Record<string, unknown>) => {
    const bot = world.bot;
    if (!bot) throw new Error('no bot');
    return deliverActivity(bot, deps.signer, deps.serviceUrl(), build(world.nextActivityId()));
  };
  const envelope = (conversation: ChatConversation, id: string) => ({
    id,
    at: deps.now(),
    serviceUrl: deps.serviceUrl(),
    bot: world.bot as NonNullable<ChatWorld['bot']>,
    conversation,
  });
  const answered = (answer: BotAnswer, extra: Record<string, unknown> = {}): SimResponse => ({
    status: 200,
    body: { botStatus: answer.status, botBody: answer.body ?? null, ...extra },
  });

  return [
    [
      'POST',
      '/_sim/chat/bot',
      (req) => {
        const input = parseBody(BotInput, req.body);
        if (isError(input)) return input;
        world.bot = input;
        return { status: 201, body: input };
      },
    ],
    [
      'POST',
      '/_sim/chat/users/:userId/install',
      async (_req, params) => {
        const bot = botOrError();
        if (isError(bot)) return bot;
        const user = userOrError(params.userId ?? '');
        if (isError(user)) return user;
        const conversation = world.openPersonal(user.id, user.tenantId);
        const answer = await deliver((id) => installActivity(envelope(conversation, id), user));
        return answered(answer, { conversationId: conversation.id });
      },
    ],
    [
      'POST',
      '/_sim/chat/users/:userId/messages',
      async (req, params) => {
        const bot = botOrError();
        if (isError(bot)) return bot;
        const user = userOrError(params.userId ?? '');
        if (isError(user)) return user;
        const input = parseBody(MessageInput, req.body);
        if (isError(input)) return input;
        const conversation = world.personal(user.id);
        if (!conversation)
          return controlError(
            409,
            'appNotInstalled',
            `the app is not installed for '${user.id}'; POST .../install first`,
          );
        let sentId = '';
        const answer = await deliver((id) => {
          sentId = id;
          const activity = messageActivity(envelope(conversation, id), user, input.text);
          conversation.activities.push({
            id,
            type: 'message',
            from: activity.from,
            timestamp: activity.timestamp,
            text: input.text,
            updates: 0,
          });
          return activity;
        });
        return answered(answer, { activityId: sentId });
      },
    ],
    [
      'POST',
      '/_sim/chat/users/:userId/actions',
      async (req, params) => {
        const bot = botOrError();
        if (isError(bot)) return bot;
        const user = userOrError(params.userId ?? '');
        if (isError(user)) return user;
        const input = parseBody(ActionInput, req.body);
        if (isError(input)) return input;
        const conversation = world.personal(user.id);
        const card = conversation?.activities.find((a) => a.id === input.activityId);
        if (!conversation || !card)
          return controlError(
            404,
            'activityNotFound',
            `no activity '${input.activityId}' in the chat of '${user.id}'`,
          );
        const answer = await deliver((id) =>
          actionActivity(envelope(conversation, id), user, card.id, input.verb, input.data),
        );
        // Universal Actions: a card in the invoke response replaces the card the user clicked.
        const body = answer.body as { type?: string; value?: unknown } | undefined;
        if (answer.status === 200 && body?.type === 'application/vnd.microsoft.card.adaptive')
          replace(card, undefined, [{ contentType: body.type, content: body.value }]);
        return answered(answer);
      },
    ],
    [
      'GET',
      '/_sim/chat/users/:userId/transcript',
      (_req, params) => {
        const conversation = world.personal(params.userId ?? '');
        if (!conversation)
          return controlError(404, 'conversationNotFound', `the app is not installed for '${params.userId}'`);
        return {
          status: 200,
          body: { conversationId: conversation.id, activities: conversation.activities },
        };
      },
    ],
    [
      'POST',
      '/_sim/chat/channels',
      async (req) => {
        const bot = botOrError();
        if (isError(bot)) return bot;
        const input = parseBody(ChannelInput, req.body);
        if (isError(input)) return input;
        if (!directory.tenant(input.tenantId))
          return controlError(404, 'tenantNotFound', `tenant '${input.tenantId}' does not exist`);
        const conversation = world.openChannel(input.tenantId, {
          id: input.channelId,
          teamId: input.teamId,
          name: input.name,
        });
        const answer = await deliver((id) => installActivity(envelope(conversation, id), undefined));
        return answered(answer, { conversationId: conversation.id });
      },
    ],
    [
      'GET',
      '/_sim/chat/channels/:channelId/transcript',
      (_req, params) => {
        const conversation = world.channel(params.channelId ?? '');
        if (!conversation)
          return controlError(404, 'conversationNotFound', `the bot is not in channel '${params.channelId}'`);
        return {
          status: 200,
          body: { conversationId: conversation.id, activities: conversation.activities },
        };
      },
    ],
  ];
}
