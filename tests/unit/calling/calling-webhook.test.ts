import {
  type AuthResult,
  type CallFact,
  type CallingWebhookDeps,
  createCallingWebhook,
} from '../../../bot/calling';
import { at, callId, envelope, memoryLogger, onCall, tenantId } from './fixtures';

const good = { authorization: 'Bearer good' };
const established = envelope(onCall('updated', { state: 'established' }));

/** A webhook whose token check accepts `Bearer good` for the test tenant, and whose clock says `at`. */
function setup(overrides: Partial<CallingWebhookDeps> = {}) {
  const { logger, lines } = memoryLogger();
  const dispatched: CallFact[][] = [];
  const acks: Array<[number, number]> = [];
  const webhook = createCallingWebhook({
    authenticate: async (authorization): Promise<AuthResult> =>
      authorization === 'Bearer good'
        ? { ok: true, tenantId }
        : { ok: false, status: 403, reason: 'badSignature' },
    dispatch: async (facts) => {
      dispatched.push(facts);
    },
    logger,
    now: () => at,
    onAck: (ms, status) => acks.push([ms, status]),
    ...overrides,
  });
  return { webhook, dispatched, lines, acks };
}

describe('the calling webhook handler', () => {
  it("answers 202 and dispatches the POST's facts once, in order, for the token's tenant, received at now()", async () => {
    const { webhook, dispatched } = setup();
    const body = envelope(
      onCall('updated', { state: 'established', tenantId: 'not-trusted' }),
      onCall('updated', { state: 'established', toneInfo: { sequenceId: 1, tone: 'tone2' } }),
    );
    expect(await webhook({ headers: good, body })).toEqual({ status: 202 });
    await webhook.idle();
    expect(dispatched).toEqual([
      [
        { kind: 'event', tenantId, callId, event: { type: 'established', at } },
        { kind: 'event', tenantId, callId, event: { type: 'tone', key: '2', sequenceId: 1, at } },
      ],
    ]);
  });

  it('keeps the facts in the inbox before answering and forgets them once processed, not when processing fails', async () => {
    const events: string[] = [];
    let fail = false;
    const { webhook } = setup({
      dispatch: async () => {
        events.push('dispatched');
        if (fail) throw new Error('store unavailable');
      },
      inbox: {
        keep: async (keptFor, facts) => {
          events.push(`kept ${keptFor} ${facts.length}`);
          return events.length;
        },
        done: async (id) => {
          events.push(`done ${id}`);
        },
      },
    });
    expect(await webhook({ headers: good, body: established })).toEqual({ status: 202 });
    expect(events).toEqual([`kept ${tenantId} 1`]);
    await webhook.idle();
    expect(events).toEqual([`kept ${tenantId} 1`, 'dispatched', 'done 1']);
    fail = true;
    expect(await webhook({ headers: good, body: established })).toEqual({ status: 202 });
    await webhook.idle();
    expect(events.slice(3)).toEqual([`kept ${tenantId} 1`, 'dispatched']);
  });

  it('answers before a slow dispatch has finished', async () => {
    let finish = () => {};
    const { webhook } = setup({ dispatch: () => new Promise<void>((resolve) => (finish = resolve)) });
    let idle = false;
    expect(await webhook({ headers: good, body: established })).toEqual({ status: 202 });
    const waiting = webhook.idle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idle).toBe(false);
    finish();
    await waiting;
    expect(idle).toBe(true);
  });

  it('starts a dispatch only after the answer is out, so even one that blocks at once does not delay it', async () => {
    let answered = false;
    let answeredWhenDispatched: boolean | undefined;
    const { webhook } = setup({
      dispatch: () => {
        answeredWhenDispatched = answered;
      },
    });
    await webhook({ headers: good, body: established }).then(() => {
      answered = true;
    });
    await webhook.idle();
    expect(answeredWhenDispatched).toBe(true);
  });

  it.each([
    ['rejects', async () => Promise.reject(new Error('store down'))],
    [
      'throws',
      () => {
        throw new Error('store down');
      },
    ],
  ])('logs a dispatch that %s, having answered 202', async (_, dispatch) => {
    const { webhook, lines } = setup({ dispatch });
    expect(await webhook({ headers: good, body: established })).toEqual({ status: 202 });
    await webhook.idle();
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 50,
        msg: 'calling notification processing failed',
        tenantId,
        callIds: [callId],
        err: expect.objectContaining({ message: 'store down' }),
      }),
    );
  });

  it.each([
    [{ ok: false, status: 401, reason: 'missingToken' }, { 'www-authenticate': 'Bearer' }],
    [{ ok: false, status: 403, reason: 'expired' }, { 'www-authenticate': 'Bearer error="invalid_token"' }],
    [{ ok: false, status: 503, reason: 'keysUnavailable' }, { 'retry-after': '5' }],
  ] as const)(
    'answers a refused token %j with its status before reading the body, dispatching nothing',
    async (result, headers) => {
      const { webhook, dispatched, lines } = setup({ authenticate: async () => result });
      const response = await webhook({ headers: good, body: 'not even an object', bodyError: 'not JSON' });
      expect(response).toEqual({
        status: result.status,
        headers,
        body: {
          error: { code: expect.any(String), message: `calling notification refused: ${result.reason}` },
        },
      });
      await webhook.idle();
      expect(dispatched).toEqual([]);
      expect(lines).toContainEqual(
        expect.objectContaining({ level: 40, status: result.status, reason: result.reason }),
      );
    },
  );

  it('passes the Authorization header to the token check whatever its case', async () => {
    const authenticate = jest.fn(async (): Promise<AuthResult> => ({ ok: true, tenantId }));
    const { webhook } = setup({ authenticate });
    await webhook({ headers: { Authorization: 'Bearer x' }, body: established });
    expect(authenticate).toHaveBeenCalledWith('Bearer x');
  });

  it('answers a legacy (non-Graph) payload 204 and dispatches nothing', async () => {
    const { webhook, dispatched } = setup();
    const legacy = { id: callId, callState: 'incoming', participants: [], isMultiparty: false };
    expect(await webhook({ headers: good, body: legacy })).toEqual({ status: 204 });
    await webhook.idle();
    expect(dispatched).toEqual([]);
  });

  it('answers a malformed body 400 naming the problem, and dispatches nothing of it', async () => {
    const { webhook, dispatched } = setup();
    const body = envelope(onCall('updated', { state: 'established' }), onCall('updated', { state: 3 }));
    expect(await webhook({ headers: good, body })).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalidNotification',
          message: 'value[1].resourceData.state: Invalid input: expected string, received number',
        },
      },
    });
    await webhook.idle();
    expect(dispatched).toEqual([]);
  });

  it('answers a body that is not JSON 400 once the token is good', async () => {
    const { webhook, dispatched } = setup();
    const response = await webhook({
      headers: good,
      body: undefined,
      bodyError: 'the body is not valid JSON: Unexpected token',
    });
    expect(response).toEqual({
      status: 400,
      body: {
        error: { code: 'invalidNotification', message: 'the body is not valid JSON: Unexpected token' },
      },
    });
    await webhook.idle();
    expect(dispatched).toEqual([]);
  });

  it('answers 202 without dispatching when every notification is ignored, logging why', async () => {
    const { webhook, dispatched, lines } = setup();
    const body = envelope(onCall('updated', { state: 'establishing' }));
    expect(await webhook({ headers: good, body })).toEqual({ status: 202 });
    await webhook.idle();
    expect(dispatched).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 20, tenantId, callId, reason: 'call establishing' }),
    );
  });

  it('reports how long each answer took, with its status', async () => {
    let clock = at;
    const { webhook, acks } = setup({
      now: () => (clock += 7),
      authenticate: async (authorization) =>
        authorization ? { ok: true, tenantId } : { ok: false, status: 401, reason: 'missingToken' },
    });
    await webhook({ headers: good, body: established });
    await webhook({ headers: {}, body: established });
    expect(acks).toEqual([
      [7, 202],
      [7, 401],
    ]);
  });

  it('answers 500 when the token check itself breaks, dispatching nothing', async () => {
    const { webhook, dispatched, acks, lines } = setup({
      authenticate: async () => {
        throw new TypeError('bug');
      },
    });
    expect(await webhook({ headers: good, body: established })).toMatchObject({ status: 500 });
    await webhook.idle();
    expect(dispatched).toEqual([]);
    expect(acks).toEqual([[0, 500]]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'calling webhook failed' }));
  });
});
