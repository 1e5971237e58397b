import { at, callId, envelope, onCall, only, onOperation, tenantId, translate } from './fixtures';

const event = (e: Record<string, unknown>, id = callId) => ({
  kind: 'event',
  tenantId,
  callId: id,
  event: { ...e, at },
});

describe("the webhook's reading of Graph's quirks", () => {
  it.each(['established', 'Established', 'ESTABLISHED'])(
    'reads the call state %s without regard to case',
    (state) => {
      expect(only(envelope(onCall('updated', { state })))).toStrictEqual(event({ type: 'established' }));
    },
  );

  it.each(['updated', 'Updated'])('reads the change type %s without regard to case', (changeType) => {
    expect(only(envelope(onCall(changeType, { state: 'transferAccepted' })))).toStrictEqual(
      event({ type: 'transferAccepted' }),
    );
  });

  it('reads the envelope type without regard to case', () => {
    const body = {
      '@odata.type': '#Microsoft.Graph.CommsNotifications',
      value: [onCall('updated', { state: 'established' })],
    };
    expect(translate(body)).toStrictEqual([event({ type: 'established' })]);
  });

  it.each([
    ['subcode', { code: 500, subcode: 7000 }],
    ['subCode', { code: 500, subCode: 7000 }],
    ['SubCode and Code', { Code: 500, SubCode: 7000 }],
  ])('reads resultInfo spelled with %s', (_, resultInfo) => {
    expect(only(envelope(onCall('updated', { state: 'established', resultInfo })))).toStrictEqual(
      event({ type: 'transferFailed', code: 500, subcode: 7000 }),
    );
  });

  it('prefers the canonical spelling when both subcode and subCode are present', () => {
    const resultInfo = { code: 500, subCode: 1, subcode: 7700 };
    expect(only(envelope(onCall('updated', { state: 'established', resultInfo })))).toStrictEqual(
      event({ type: 'transferFailed', code: 500, subcode: 7700 }),
    );
  });

  it('reads numbers sent as strings', () => {
    const body = envelope(
      onCall('deleted', { state: 'terminated', resultInfo: { code: '0', subcode: '7015' } }),
      onCall('updated', { state: 'established', toneInfo: { sequenceId: '12', tone: 'tone5' } }),
    );
    expect(translate(body)).toStrictEqual([
      event({ type: 'terminated', transferred: true, code: 0, subcode: 7015 }),
      event({ type: 'tone', key: '5', sequenceId: 12 }),
    ]);
  });

  it.each([
    ['with a leading /', `/communications/calls/${callId}`],
    ['without a leading /', `communications/calls/${callId}`],
    ['as an absolute Graph URL', `https://graph.microsoft.com/v1.0/communications/calls/${callId}`],
    ['in the legacy /app/calls form', `/app/calls/${callId}`],
  ])('finds the call in a resourceUrl %s', (_, resourceUrl) => {
    const body = envelope({ changeType: 'updated', resourceUrl, resourceData: { state: 'established' } });
    expect(only(body)).toStrictEqual(event({ type: 'established' }));
  });

  it('finds an operation in a resourceUrl without a leading /, with operation status in any case', () => {
    const notification = onOperation('deleted', 'playPromptOperation', {
      status: 'Completed',
      clientContext: 'greeting:1',
    });
    notification.resourceUrl = String(notification.resourceUrl).slice(1);
    expect(only(envelope(notification))).toStrictEqual(
      event({ type: 'mediaCompleted', context: 'greeting:1', ok: true }),
    );
  });

  it('translates several notifications of one POST in order', () => {
    const body = envelope(
      onCall('updated', { state: 'establishing' }),
      onCall('updated', { state: 'established' }),
      onOperation('deleted', 'playPromptOperation', { status: 'completed', clientContext: 'greeting:1' }),
      onCall('updated', { state: 'established', toneInfo: { sequenceId: 1, tone: 'pound' } }),
      onCall('deleted', { state: 'terminated' }, 'other-call'),
    );
    expect(translate(body)).toStrictEqual([
      { kind: 'ignored', tenantId, callId, reason: 'call establishing' },
      event({ type: 'established' }),
      event({ type: 'mediaCompleted', context: 'greeting:1', ok: true }),
      event({ type: 'tone', key: '#', sequenceId: 1 }),
      event({ type: 'terminated', transferred: false, code: undefined, subcode: undefined }, 'other-call'),
    ]);
  });

  it('accepts resourceData as an array (a roster) and ignores it', () => {
    const body = envelope({
      changeType: 'updated',
      resourceUrl: `/communications/calls/${callId}/participants`,
      resourceData: [{ id: 'p1', info: { identity: { user: { id: 'u1' } } } }, { id: 'p2' }],
    });
    expect(only(body)).toStrictEqual({
      kind: 'ignored',
      tenantId,
      callId,
      reason: 'roster (participants) update',
    });
  });

  it.each([
    ['tone0', '0'],
    ['tone1', '1'],
    ['tone2', '2'],
    ['tone3', '3'],
    ['tone4', '4'],
    ['tone5', '5'],
    ['tone6', '6'],
    ['tone7', '7'],
    ['tone8', '8'],
    ['tone9', '9'],
    ['star', '*'],
    ['pound', '#'],
    ['a', 'A'],
    ['b', 'B'],
    ['c', 'C'],
    ['d', 'D'],
    ['Tone7', '7'],
    ['STAR', '*'],
  ])('maps the tone %s to the key %s', (tone, key) => {
    const body = envelope(onCall('updated', { state: 'established', toneInfo: { sequenceId: 4, tone } }));
    expect(only(body)).toStrictEqual(event({ type: 'tone', key, sequenceId: 4 }));
  });

  it.each(['flash', 'tone42'])('ignores the tone %s, which is not a key', (tone) => {
    const body = envelope(onCall('updated', { state: 'established', toneInfo: { sequenceId: 4, tone } }));
    expect(only(body)).toMatchObject({
      kind: 'ignored',
      callId,
      reason: expect.stringMatching(/is not a key/),
    });
  });

  it('ignores a call state newer than this bot instead of refusing the POST', () => {
    expect(only(envelope(onCall('updated', { state: 'ringing' })))).toStrictEqual({
      kind: 'ignored',
      tenantId,
      callId,
      reason: 'call unknownFutureValue',
    });
  });
});
