import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import {
  type CallFact,
  type CallingWebhook,
  createCallingWebhook,
  createNotificationAuth,
  expressCalling,
} from '../../../bot/calling';

export const tenantId = '11111111-1111-4111-8111-111111111111';
export const appId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const otherAppId = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
export const instanceId = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
export const otherInstanceId = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
export const contactCenterNumber = '+14255550100';
export const otherAppNumber = '+14255550199';
export const callerNumber = '+14255550123';
export const agentId = 'c0000000-0000-4000-8000-00000000a11c';

/** The real webhook on a local port, with a dispatch that records what it is handed. */
export interface CallingBot {
  url: string;
  webhook: CallingWebhook;
  /** Every `dispatch(facts)` call, in order. */
  dispatched: CallFact[][];
  /** Every Authorization header the webhook was asked to check. */
  authorizations: (string | undefined)[];
  /** How long dispatch takes (0 by default). */
  dispatchDelayMs: number;
  /** The facts of every dispatch that has completed, in order of completion. */
  finished: CallFact[][];
  close(): Promise<void>;
}

/** Starts the webhook (authenticating against `openIdUrl`) behind Express on 127.0.0.1. */
export async function startCallingBot(
  openIdUrl: string,
  options: { clockShiftMs?: number; limit?: string } = {},
): Promise<CallingBot> {
  const now = () => Date.now() + (options.clockShiftMs ?? 0);
  const check = createNotificationAuth({ appId, metadataUrl: openIdUrl, now });
  const bot: Omit<CallingBot, 'webhook' | 'url' | 'close'> = {
    dispatched: [],
    authorizations: [],
    dispatchDelayMs: 0,
    finished: [],
  };
  const webhook = createCallingWebhook({
    authenticate: (authorization) => {
      bot.authorizations.push(authorization);
      return check(authorization);
    },
    dispatch: async (facts) => {
      bot.dispatched.push(facts);
      await new Promise((resolve) => setTimeout(resolve, bot.dispatchDelayMs));
      bot.finished.push(facts);
    },
    logger: pino({ level: 'silent' }),
    now,
  });
  const app = express();
  app.use(expressCalling(webhook, { limit: options.limit ?? '1mb' }));
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calling`;
  return Object.assign(bot, {
    url,
    webhook,
    close: async () => {
      await webhook.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/** POSTs to the webhook as Graph would, with `authorization` (omitted when undefined). */
export async function post(
  url: string,
  body: unknown,
  authorization?: string,
): Promise<{ status: number; body: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    ms: performance.now() - started,
  };
}

/** Calls the simulator's control API and fails the test on an error answer; `T` is the shape the test reads. */
export async function control<T = unknown>(
  simulatorUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${simulatorUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Polls until `read` gives something `done` accepts. */
export async function eventually<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
