import { type AuthResult, type CallFact, createCallingWebhook, legOf } from '../../../bot/calling';
import { legCallbackUri } from '../../../bot/workers/outbox-legs';
import { at, callId, envelope, memoryLogger, onCall, tenantId } from './fixtures';

const interaction = '0b7c2a4e-51f3-4d2e-9a61-3f0c8e2d4b11';

function setup() {
  const dispatched: CallFact[][] = [];
  const webhook = createCallingWebhook({
    authenticate: async (): Promise<AuthResult> => ({ ok: true, tenantId }),
    dispatch: (facts) => {
      dispatched.push(facts);
    },
    logger: memoryLogger().logger,
    now: () => at,
  });
  return { webhook, dispatched };
}

describe("an outbound call's notifications", () => {
  it('name the interaction and the leg in the callbackUri the bot gives the call', () => {
    const uri = legCallbackUri('https://bot.contoso.com/api/calling', interaction, 'callback');
    expect(uri).toBe(`https://bot.contoso.com/api/calling?interaction=${interaction}&leg=callback`);
    expect(legOf(Object.fromEntries(new URL(uri).searchParams))).toEqual({
      kind: 'leg',
      interactionId: interaction,
      leg: 'callback',
    });
  });

  it('reach that interaction as leg events, whatever Graph calls the call', async () => {
    const { webhook, dispatched } = setup();
    const body = envelope(onCall('updated', { state: 'established' }));
    const query = { interaction, leg: 'callback' };
    expect(await webhook({ headers: {}, body, query })).toEqual({ status: 202 });
    await webhook.idle();
    expect(dispatched).toEqual([
      [
        {
          kind: 'legEvent',
          tenantId,
          callId,
          interactionId: interaction,
          leg: 'callback',
          event: { type: 'leg', leg: 'callback', callId, event: { type: 'established', at }, at },
        },
      ],
    ]);
  });

  it.each([
    [{ interaction: 'not-a-uuid', leg: 'callback' }, /'interaction' must be one UUID/],
    [{ interaction }, /'leg' must be a short name/],
    [{ leg: 'callback' }, /'interaction' must be one UUID/],
    [{ interaction, leg: '../../x' }, /'leg' must be a short name/],
  ])(
    'refuse a callbackUri query that names no leg properly (%j) with 400, dispatching nothing',
    async (query, message) => {
      const { webhook, dispatched } = setup();
      const answer = await webhook({
        headers: {},
        body: envelope(onCall('updated', { state: 'established' })),
        query,
      });
      expect(answer.status).toBe(400);
      expect((answer.body as { error: { message: string } }).error.message).toMatch(message);
      await webhook.idle();
      expect(dispatched).toEqual([]);
    },
  );
});
