import type { CloudAdapter, TurnContext } from 'botbuilder';
import express, { type Router } from 'express';

/**
 * `POST /api/messages`: Express only parses JSON and hands the request to CloudAdapter, which authenticates
 * it (401 for a forged or foreign token, before the turn runs) and writes the answer.
 */
export function expressMessaging(
  adapter: CloudAdapter,
  turn: (context: TurnContext) => Promise<void>,
): Router {
  const router = express.Router();
  router.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
    await adapter.process(req, res, turn);
  });
  return router;
}
