import { z } from 'zod';
import type { Route, SimRequest, SimResponse } from '../http/types';
import type { AppCaller } from '../identity/app-token-check';
import type { Directory } from '../world/directory';
import { type ChatConversation, type ChatWorld, type TranscriptActivity, teamsUserId } from './chat-world';

/** The audience of the bot's tokens for the Connector. */
export const CONNECTOR_AUDIENCE = 'https://api.botframework.com';
/** Where the Connector's routes are; the `serviceUrl` of every activity is this under the simulator. */
export const CONNECTOR_PATH = '/botframework/teams';

/** What the Connector needs from the rest of the simulator. */
export interface ConnectorDeps {
  world: ChatWorld;
  directory: Directory;
  verifyAppToken(authorization: string | undefined, audience: string): Promise<AppCaller>;
  now(): number;
}

const fault = (status: number, code: string, message: string): SimResponse => ({
  status,
  body: { error: { code, message } },
});

const AdaptiveCardAttachment = z.object({
  contentType: z.literal('application/vnd.microsoft.card.adaptive'),
  content: z.looseObject({ type: z.literal('AdaptiveCard'), version: z.string().regex(/^1\.\d$/) }),
});
const OtherAttachment = z.looseObject({
  contentType: z.string().refine((t) => t !== 'application/vnd.microsoft.card.adaptive'),
});
const OutgoingActivity = z.looseObject({
  type: z.string().min(1),
  text: z.string().optional(),
  attachments: z.array(z.union([AdaptiveCardAttachment, OtherAttachment])).optional(),
});
const NewConversation = z.looseObject({
  members: z.array(z.looseObject({ id: z.string().min(1) })).length(1),
  tenantId: z.string().optional(),
  channelData: z.looseObject({ tenant: z.object({ id: z.string() }).optional() }).optional(),
  isGroup: z.boolean().optional(),
});

/**
 * The Bot Connector REST API the bot replies through, under `{serviceUrl}/v3/conversations`: create a
 * personal conversation, send, reply to and update activities, and the Teams conversation members. Every
 * call needs the registered bot's app-only token for `https://api.botframework.com` from the simulated Entra.
 */
export function connectorRoutes(deps: ConnectorDeps): Array<[string, string, Route]> {
  const { world } = deps;
  const base = `${CONNECTOR_PATH}/v3/conversations`;

  const authorized =
    (route: (req: SimRequest, params: Record<string, string>) => SimResponse) =>
    async (req: SimRequest, params: Record<string, string>): Promise<SimResponse> => {
      const caller = await deps.verifyAppToken(req.headers.authorization, CONNECTOR_AUDIENCE);
      if (!caller.ok) return fault(401, 'Unauthorized', `Authorization has been denied: ${caller.reason}`);
      if (!world.bot || caller.appId !== world.bot.appId)
        return fault(401, 'Unauthorized', `app '${caller.appId}' is not the bot of this channel`);
      return route(req, params);
    };

  const inConversation =
    (route: (req: SimRequest, c: ChatConversation, params: Record<string, string>) => SimResponse) =>
    (req: SimRequest, params: Record<string, string>): SimResponse => {
      const conversation = world.conversations.get(params.conversationId ?? '');
      if (!conversation)
        return fault(404, 'ConversationNotFound', `conversation '${params.conversationId}' does not exist`);
      return route(req, conversation, params);
    };

  const send = (req: SimRequest, conversation: ChatConversation, replyToId?: string): SimResponse => {
    const parsed = OutgoingActivity.safeParse(req.body);
    if (!parsed.success)
      return fault(
        400,
        'BadArgument',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    const id = world.nextActivityId();
    conversation.activities.push({
      id,
      type: parsed.data.type,
      from: { id: `28:${world.bot?.appId}`, name: world.bot?.name },
      timestamp: new Date(deps.now()).toISOString(),
      text: parsed.data.text,
      attachments: parsed.data.attachments,
      replyToId,
      updates: 0,
    });
    return { status: 201, body: { id } };
  };

  const members = (conversation: ChatConversation) => {
    const ids =
      conversation.kind === 'personal'
        ? [conversation.userId ?? '']
        : [...deps.directory.users.values()]
            .filter((u) => u.tenantId.toLowerCase() === conversation.tenantId.toLowerCase())
            .map((u) => u.id);
    return ids.flatMap((id) => {
      const user = deps.directory.user(id);
      return user
        ? [
            {
              id: teamsUserId(user.id),
              name: user.displayName,
              aadObjectId: user.id,
              userPrincipalName: user.userPrincipalName,
              tenantId: user.tenantId,
              userRole: 'user',
            },
          ]
        : [];
    });
  };

  return [
    [
      'POST',
      base,
      authorized((req) => {
        const parsed = NewConversation.safeParse(req.body);
        if (!parsed.success) return fault(400, 'BadArgument', 'expected exactly one member to chat with');
        const memberId = parsed.data.members[0]?.id ?? '';
        const aadObjectId = memberId.startsWith('29:') ? memberId.slice(3) : memberId;
        const conversation = world.personal(aadObjectId);
        // Teams refuses a personal chat with a user who has not installed the app.
        if (!conversation) return fault(403, 'Forbidden', 'The bot is not part of the conversation roster.');
        return { status: 201, body: { id: conversation.id } };
      }),
    ],
    ['POST', `${base}/:conversationId/activities`, authorized(inConversation((req, c) => send(req, c)))],
    [
      'POST',
      `${base}/:conversationId/activities/:activityId`,
      authorized(inConversation((req, c, p) => send(req, c, p.activityId))),
    ],
    [
      'PUT',
      `${base}/:conversationId/activities/:activityId`,
      authorized(
        inConversation((req, conversation, params) => {
          const existing = conversation.activities.find((a) => a.id === params.activityId);
          if (!existing)
            return fault(404, 'ActivityNotFound', `activity '${params.activityId}' does not exist`);
          const parsed = OutgoingActivity.safeParse(req.body);
          if (!parsed.success) return fault(400, 'BadArgument', parsed.error.message);
          replace(existing, parsed.data.text, parsed.data.attachments);
          return { status: 200, body: { id: existing.id } };
        }),
      ),
    ],
    [
      'GET',
      `${base}/:conversationId/members`,
      authorized(inConversation((_req, c) => ({ status: 200, body: members(c) }))),
    ],
    [
      'GET',
      `${base}/:conversationId/pagedmembers`,
      authorized(inConversation((_req, c) => ({ status: 200, body: { members: members(c) } }))),
    ],
    [
      'GET',
      `${base}/:conversationId/members/:memberId`,
      authorized(
        inConversation((_req, c, params) => {
          const member = members(c).find(
            (m) => m.id === params.memberId || m.aadObjectId === params.memberId,
          );
          return member
            ? { status: 200, body: member }
            : fault(
                404,
                'MemberNotFoundInConversation',
                `member '${params.memberId}' is not in the conversation`,
              );
        }),
      ),
    ],
  ];
}

/** Replaces an activity's content, as an update or an Action.Execute response does in Teams. */
export function replace(
  activity: TranscriptActivity,
  text: string | undefined,
  attachments: unknown[] | undefined,
) {
  activity.text = text;
  activity.attachments = attachments;
  activity.updates += 1;
}
