import type { ChannelSigner } from './channel-signer';
import type { ChatBot } from './chat-world';

/** What the bot answered to one activity: its status, and its body (an invoke response) if any. */
export interface BotAnswer {
  status: number;
  body: unknown;
}

/** How long the channel waits for the bot; Teams gives up on a bot after 15 s. */
const BOT_TIMEOUT_MS = 15_000;

/** POSTs one activity to the bot's messaging endpoint, signed as the channel signs it. */
export async function deliverActivity(
  bot: ChatBot,
  signer: ChannelSigner,
  serviceUrl: string,
  activity: Record<string, unknown>,
): Promise<BotAnswer> {
  const token = await signer.sign(bot.appId, serviceUrl);
  const response = await fetch(bot.messagingEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(BOT_TIMEOUT_MS),
  });
  const text = await response.text();
  let body: unknown = text.length > 0 ? text : undefined;
  try {
    if (text.length > 0) body = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error; // a plain-text answer stays text
  }
  return { status: response.status, body };
}
