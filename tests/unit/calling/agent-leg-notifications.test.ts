import { type AuthResult, type CallFact, createCallingWebhook } from '../../../bot/calling';
import { at, callId, envelope, memoryLogger, onCall, onOperation, tenantId } from './fixtures';

const interactionId = '0b6f9d4e-2c1a-4e8b-9f3d-5a7c1e2b4d6f';
const leg = 'agent-1795555349484';

function setup() {
  const dispatched: CallFact[][] = [];
  const webhook = createCallingWebhook({
    authenticate: async (authorization): Promise<AuthResult> =>
      authorization === 'Bearer good'
        ? { ok: true, tenantId }
        : { ok: false, status: 403, reason: 'badSignature' },
    dispatch: (facts) => {
      dispatched.push(facts);
    },
    logger: memoryLogger().logger,
    now: () => at,
  });
  return { webhook, dispatched };
}

describe("the notifications of the bot's call to an agent (announced transfer)", () => {
  it('reach the interaction as the call answered, the whisper prompt done, and the call ended, in order', async () => {
    const { webhook, dispatched } = setup();
    const body = envelope(
      onCall('updated', { state: 'establishing' }),
      onCall('updated', { state: 'established' }),
      onOperation('deleted', 'playPromptOperation', { status: 'completed', clientContext: 'whisper:3:0' }),
      onCall('deleted', { state: 'terminated', resultInfo: { code: 603, subcode: 10037 } }),
    );
    const query = { interaction: interactionId, leg };
    expect(await webhook({ headers: { authorization: 'Bearer good' }, body, query })).toEqual({
      status: 202,
    });
    await webhook.idle();
    const onLeg = (event: Record<string, unknown>) => ({
      kind: 'legEvent',
      tenantId,
      callId,
      interactionId,
      leg,
      event: { type: 'leg', leg, callId, event: { ...event, at }, at },
    });
    expect(dispatched).toEqual([
      [
        onLeg({ type: 'established' }),
        onLeg({ type: 'mediaCompleted', context: 'whisper:3:0', ok: true }),
        onLeg({ type: 'terminated', transferred: false, code: 603, subcode: 10037 }),
      ],
    ]);
  });

  it('are refused with a forged token whatever the query names', async () => {
    const { webhook, dispatched } = setup();
    const response = await webhook({ headers: { authorization: 'Bearer bad' }, body: {}, query: { leg } });
    expect(response.status).toBe(403);
    await webhook.idle();
    expect(dispatched).toEqual([]);
  });
});
