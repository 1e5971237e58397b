import { parseNotifications } from '../../../bot/calling/parse-notifications';
import { callId, envelope, onCall } from './fixtures';

/** The legacy Skype-format incoming call of docs#8310, as the simulator also sends it. */
const legacyIncoming = {
  id: callId,
  callState: 'incoming',
  isMultiparty: false,
  participants: [{ identity: { phone: { id: '+14255550123' } }, languageId: 'en-US' }],
  tenantId: '11111111-1111-4111-8111-111111111111',
};

describe('telling Graph notifications from legacy and malformed bodies', () => {
  it.each([
    ['the legacy Skype incoming call', legacyIncoming],
    ['an object without @odata.type', { value: [onCall('updated', { state: 'established' })] }],
    [
      'another @odata.type',
      { '@odata.type': '#microsoft.graph.playPromptOperation', id: 'op-1', status: 'running' },
    ],
    ['an empty object', {}],
  ])('reads %s as legacy', (_, body) => {
    expect(parseNotifications(body)).toEqual({ kind: 'legacy' });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an array', [onCall('updated', { state: 'established' })]],
    ['a string', 'established'],
  ])('refuses %s as a body, asking for a JSON object', (_, body) => {
    expect(parseNotifications(body)).toEqual({
      kind: 'malformed',
      message: '(body): expected a JSON object',
    });
  });

  it('accepts an envelope with no notifications', () => {
    expect(parseNotifications(envelope())).toEqual({ kind: 'graph', notifications: [] });
  });

  it.each([
    [
      'value is missing',
      { '@odata.type': '#microsoft.graph.commsNotifications' },
      'value: expected an array of notifications',
    ],
    [
      'value is not an array',
      { '@odata.type': '#microsoft.graph.commsNotifications', value: {} },
      'value: expected an array of notifications',
    ],
    [
      'a notification is not an object',
      envelope('established'),
      'value[0]: Invalid input: expected object, received string',
    ],
    [
      'changeType is unknown',
      envelope({ ...onCall('updated', { state: 'established' }), changeType: 'exploded' }),
      'value[0].changeType: expected one of created, updated, deleted, got "exploded"',
    ],
    [
      'changeType is missing',
      envelope({ resourceUrl: `/communications/calls/${callId}` }),
      'value[0].changeType: Invalid input: expected string, received undefined',
    ],
    [
      'the resource is not named',
      envelope({ changeType: 'updated', resourceData: {} }),
      'value[0].resourceUrl: required (or the legacy resource)',
    ],
    [
      'the state is a number',
      envelope(onCall('updated', { state: 5 })),
      'value[0].resourceData.state: Invalid input: expected string, received number',
    ],
    [
      'a result code is not a number',
      envelope(onCall('updated', { state: 'established', resultInfo: { code: 'abc', subcode: 7000 } })),
      'value[0].resourceData.resultInfo.code: expected an integer (or a string of digits), got "abc"',
    ],
    [
      'a tone has no sequence id',
      envelope(onCall('updated', { state: 'established', toneInfo: { tone: 'tone1' } })),
      'value[0].resourceData.toneInfo.sequenceId: expected an integer (or a string of digits), got undefined',
    ],
    [
      'resourceData is a string',
      envelope({
        changeType: 'updated',
        resourceUrl: `/communications/calls/${callId}`,
        resourceData: 'established',
      }),
      'value[0].resourceData: expected an object or an array of objects',
    ],
    [
      "a call's resourceData is an array",
      envelope({
        changeType: 'updated',
        resourceUrl: `/communications/calls/${callId}`,
        resourceData: [{ state: 'established' }],
      }),
      'value[0].resourceData: expected a call, got an array',
    ],
    [
      'an operation status is a number',
      envelope({
        changeType: 'deleted',
        resourceUrl: `/communications/calls/${callId}/operations/o1`,
        resourceData: { status: 1 },
      }),
      'value[0].resourceData.status: Invalid input: expected string, received number',
    ],
  ])('refuses a body where %s, naming what is wrong', (_, body, message) => {
    expect(parseNotifications(body)).toEqual({ kind: 'malformed', message });
  });

  it('refuses the whole body when one notification of several is malformed, naming each problem', () => {
    const body = envelope(
      onCall('updated', { state: 'established' }),
      onCall('updated', { state: 7 }),
      onCall('nope', { state: 'established' }),
    );
    expect(parseNotifications(body)).toEqual({
      kind: 'malformed',
      message:
        'value[1].resourceData.state: Invalid input: expected string, received number; ' +
        'value[2].changeType: expected one of created, updated, deleted, got "nope"',
    });
  });

  it('tolerates nulls where Graph writes them', () => {
    const body = envelope(
      onCall('created', {
        state: 'incoming',
        source: null,
        targets: [{ identity: { applicationInstance: null } }],
        callChainId: null,
        resultInfo: null,
      }),
    );
    expect(parseNotifications(body)).toMatchObject({
      kind: 'graph',
      notifications: [{ kind: 'call', changeType: 'created' }],
    });
  });
});
