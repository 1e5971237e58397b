import { at, callId, envelope, onCall, only, onOperation, tenantId, translate } from './fixtures';

const event = (e: Record<string, unknown>) => ({ kind: 'event', tenantId, callId, event: { ...e, at } });
const ignored = (reason: RegExp) => ({
  kind: 'ignored',
  tenantId,
  callId,
  reason: expect.stringMatching(reason),
});

describe('translating call notifications', () => {
  it('reads an established carrying a tone as the key press, not a new establishment', () => {
    const body = envelope(
      onCall('updated', { state: 'established', toneInfo: { sequenceId: 3, tone: 'tone9' } }),
    );
    expect(only(body)).toStrictEqual(event({ type: 'tone', key: '9', sequenceId: 3 }));
  });

  it('reads repeated plain established notifications as the same idempotent established', () => {
    const body = envelope(
      onCall('updated', { state: 'established' }),
      onCall('updated', { state: 'established' }),
    );
    expect(translate(body)).toStrictEqual([event({ type: 'established' }), event({ type: 'established' })]);
  });

  it('reads media becoming active without a state as established', () => {
    expect(only(envelope(onCall('updated', { mediaState: { audio: 'active' } })))).toStrictEqual(
      event({ type: 'established' }),
    );
  });

  it('ignores media going inactive without a state', () => {
    expect(only(envelope(onCall('updated', { mediaState: { audio: 'inactive' } })))).toStrictEqual(
      ignored(/without a call state/),
    );
  });

  it('reads established with a successful resultInfo as established, not a failed transfer', () => {
    const body = envelope(onCall('updated', { state: 'established', resultInfo: { code: 200, subcode: 0 } }));
    expect(only(body)).toStrictEqual(event({ type: 'established' }));
  });

  it('reads established with resultInfo >= 400 as a failed transfer, subcode 0 when Graph gives none', () => {
    const body = envelope(onCall('updated', { state: 'established', resultInfo: { code: 408 } }));
    expect(only(body)).toStrictEqual(event({ type: 'transferFailed', code: 408, subcode: 0 }));
  });

  it.each(['incoming', 'establishing', 'hold', 'transferring', 'redirecting', 'terminating'])(
    'ignores an update to %s',
    (state) => {
      expect(only(envelope(onCall('updated', { state })))).toStrictEqual(
        ignored(new RegExp(`^call ${state}$`)),
      );
    },
  );

  it('reads an updated terminated as the end of the call', () => {
    const body = envelope(
      onCall('updated', { state: 'terminated', resultInfo: { code: 200, subcode: 540000 } }),
    );
    expect(only(body)).toStrictEqual(
      event({ type: 'terminated', transferred: false, code: 200, subcode: 540000 }),
    );
  });

  it('reads a deleted call as terminated whatever state it still shows', () => {
    const body = envelope(
      onCall('deleted', { state: 'established', resultInfo: { code: 408, subcode: 8544 } }),
    );
    expect(only(body)).toStrictEqual(
      event({ type: 'terminated', transferred: false, code: 408, subcode: 8544 }),
    );
  });

  it('reads a deleted call without resourceData as terminated without a result', () => {
    expect(only(envelope(onCall('deleted')))).toStrictEqual(
      event({ type: 'terminated', transferred: false, code: undefined, subcode: undefined }),
    );
  });

  it('reads terminationReason AppTransferred in any case as a completed transfer', () => {
    const body = envelope(onCall('deleted', { state: 'terminated', terminationReason: 'apptransferred' }));
    expect(only(body)).toMatchObject({ event: { type: 'terminated', transferred: true } });
  });

  it('ignores a created call that is not incoming', () => {
    expect(only(envelope(onCall('created', { state: 'establishing' })))).toStrictEqual(
      ignored(/created in state establishing/),
    );
  });
});

describe('translating an incoming call', () => {
  const incoming = (data: Record<string, unknown>) =>
    envelope(onCall('created', { state: 'incoming', ...data }));

  it('takes the caller from source.identity.phone and the number dialled from the application instance', () => {
    const body = incoming({
      source: { identity: { phone: { id: '+14255550123' } } },
      targets: [{ identity: { applicationInstance: { id: 'instance-1', tenantId: 'someone-else' } } }],
      tenantId: 'someone-else',
      callChainId: 'chain-1',
    });
    expect(only(body)).toStrictEqual({
      kind: 'incoming',
      tenantId,
      callId,
      caller: '+14255550123',
      applicationInstanceId: 'instance-1',
      callChainId: 'chain-1',
      at,
    });
  });

  it.each(['anonymous', '4255550123', '+0123', ''])(
    'leaves the caller undefined for %j, which is not E.164',
    (id) => {
      expect(only(incoming({ source: { identity: { phone: { id } } } }))).toMatchObject({
        kind: 'incoming',
        caller: undefined,
      });
    },
  );

  it('takes the chain id from the X-Microsoft-Skype-Chain-ID header when the payload has none', () => {
    expect(translate(incoming({}), 'chain-from-header')).toStrictEqual([
      expect.objectContaining({ kind: 'incoming', callChainId: 'chain-from-header' }),
    ]);
  });

  it("prefers the payload's chain id over the header", () => {
    expect(translate(incoming({ callChainId: 'chain-1' }), 'chain-from-header')).toStrictEqual([
      expect.objectContaining({ callChainId: 'chain-1' }),
    ]);
  });
});

describe('translating operations', () => {
  it.each(['playPromptOperation', 'recordOperation'])(
    'reads a failed %s as a media completion that is not ok',
    (type) => {
      const body = envelope(
        onOperation('deleted', type, {
          status: 'failed',
          clientContext: 'menu:2',
          resultInfo: { code: 400, subcode: 8508 },
        }),
      );
      expect(only(body)).toStrictEqual(event({ type: 'mediaCompleted', context: 'menu:2', ok: false }));
    },
  );

  it('ignores a media operation that is still running', () => {
    const body = envelope(
      onOperation('updated', 'playPromptOperation', { status: 'running', clientContext: 'menu:2' }),
    );
    expect(only(body)).toStrictEqual(ignored(/playPromptOperation still running/));
  });

  it('ignores a finished media operation without a clientContext, which nothing could match', () => {
    const body = envelope(onOperation('deleted', 'playPromptOperation', { status: 'completed' }));
    expect(only(body)).toStrictEqual(ignored(/without a clientContext/));
  });

  it.each([
    'subscribeToToneOperation',
    'startHoldMusicOperation',
    'stopHoldMusicOperation',
    'cancelMediaProcessingOperation',
  ])('ignores the completion of a %s', (type) => {
    expect(
      only(envelope(onOperation('deleted', type, { status: 'completed', clientContext: 'x' }))),
    ).toStrictEqual(ignored(new RegExp(type)));
  });

  it('ignores an operation whose type is not given', () => {
    const body = envelope({
      changeType: 'deleted',
      resourceUrl: `/communications/calls/${callId}/operations/op-9`,
      resourceData: { status: 'completed', clientContext: 'x' },
    });
    expect(only(body)).toStrictEqual(ignored(/unknown type/));
  });
});

describe('translating other resources', () => {
  it('ignores content sharing under a call', () => {
    const body = envelope({
      changeType: 'created',
      resourceUrl: `/communications/calls/${callId}/contentsharingsessions/s1`,
      resourceData: {},
    });
    expect(only(body)).toStrictEqual(ignored(/contentsharingsessions/));
  });

  it('ignores a resource that is not a call', () => {
    const body = envelope({
      changeType: 'updated',
      resourceUrl: '/communications/presences/u1',
      resourceData: {},
    });
    expect(only(body)).toStrictEqual({
      kind: 'ignored',
      tenantId,
      callId: undefined,
      reason: expect.stringMatching(/not a call/),
    });
  });
});
