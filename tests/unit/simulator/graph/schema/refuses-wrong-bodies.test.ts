import { checkActionBody, checkEntityBody } from '../../../../../simulator/graph/schema';
import * as docs from '../../../../fixtures/graph-doc-examples';

const { callbackUri: _callbackUri, ...answerWithoutCallbackUri } = docs.answer;
const { mediaConfig: _mediaConfig, ...answerWithoutMediaConfig } = docs.answer;
const withMediaConfig = (mediaConfig: unknown) => ({ ...docs.answer, mediaConfig });

describe('the schema check refuses action bodies Graph refuses, naming the problem and where', () => {
  it.each([
    [
      'answer without callbackUri',
      'answer',
      answerWithoutCallbackUri,
      "One or more parameters of the operation 'answer' are missing from the request payload. The missing parameters are: callbackUri.",
      'callbackUri',
    ],
    [
      'answer without mediaConfig',
      'answer',
      answerWithoutMediaConfig,
      "One or more parameters of the operation 'answer' are missing from the request payload. The missing parameters are: mediaConfig.",
      'mediaConfig',
    ],
    [
      'answer with a null callbackUri',
      'answer',
      { ...docs.answer, callbackUri: null },
      "A null value was found for the property named 'callbackUri', which has the expected type 'Edm.String[Nullable=False]'. The expected type 'Edm.String[Nullable=False]' does not allow null values.",
      'callbackUri',
    ],
    [
      'a mediaConfig without @odata.type (the type is abstract)',
      'answer',
      withMediaConfig({ preFetchMedia: [] }),
      "An instance of the abstract resource type 'microsoft.graph.mediaConfig' was found. Abstract resource types cannot be instantiated. Path: 'mediaConfig'.",
      'mediaConfig',
    ],
    [
      'an @odata.type that is not a mediaConfig',
      'answer',
      withMediaConfig({ '@odata.type': '#microsoft.graph.identity' }),
      "A resource with type 'microsoft.graph.identity' was found, but it is not assignable to the expected type 'microsoft.graph.mediaConfig'. The type specified in the resource must be equal to either the expected type or a derived type. Path: 'mediaConfig.@odata.type'.",
      'mediaConfig.@odata.type',
    ],
    [
      'an @odata.type naming no type',
      'answer',
      withMediaConfig({ '@odata.type': '#microsoft.graph.remoteMediaConfig' }),
      "A type named 'microsoft.graph.remoteMediaConfig' could not be resolved by the model. When a model is available, each type name must resolve to a valid type. Path: 'mediaConfig.@odata.type'.",
      'mediaConfig.@odata.type',
    ],
    [
      'an unknown modality',
      'answer',
      { ...docs.answer, acceptedModalities: ['audio', 'hologram'] },
      "Requested value 'hologram' was not found. Path: 'acceptedModalities[1]'.",
      'acceptedModalities[1]',
    ],
    [
      'reject reason maybe',
      'reject',
      { reason: 'maybe' },
      "Requested value 'maybe' was not found. Path: 'reason'.",
      'reason',
    ],
    [
      'a string where redirect timeout is an Int32',
      'redirect',
      { ...docs.redirect, timeout: '30' },
      "Cannot convert the literal '30' to the expected type 'Edm.Int32'. Path: 'timeout'.",
      'timeout',
    ],
    [
      'a fraction where an Int32 is expected',
      'answer',
      { ...docs.answer, participantCapacity: 1.5 },
      "Cannot convert the literal '1.5' to the expected type 'Edm.Int32'. Path: 'participantCapacity'.",
      'participantCapacity',
    ],
    [
      'prompts that are not an array',
      'playPrompt',
      { ...docs.playPrompt, prompts: docs.playPrompt.prompts[0] },
      "An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected. Path: 'prompts'.",
      'prompts',
    ],
    [
      'a number where a nested string is expected',
      'answer',
      withMediaConfig({
        '@odata.type': '#microsoft.graph.serviceHostedMediaConfig',
        preFetchMedia: [{ uri: 42 }],
      }),
      "Cannot convert the literal '42' to the expected type 'Edm.String'. Path: 'mediaConfig.preFetchMedia[0].uri'.",
      'mediaConfig.preFetchMedia[0].uri',
    ],
    [
      'a nested complex value without its non-nullable property',
      'answer',
      withMediaConfig({
        '@odata.type': '#microsoft.graph.serviceHostedMediaConfig',
        preFetchMedia: [{ resourceId: 'r' }],
      }),
      "One or more properties of the type 'microsoft.graph.mediaInfo' are missing from the request payload. The missing properties are: uri. Path: 'mediaConfig.preFetchMedia[0].uri'.",
      'mediaConfig.preFetchMedia[0].uri',
    ],
    [
      'an unknown property in a non-open type',
      'answer',
      withMediaConfig({ '@odata.type': '#microsoft.graph.serviceHostedMediaConfig', blob: 'b' }),
      "The property 'blob' does not exist on type 'microsoft.graph.serviceHostedMediaConfig'. Make sure to only use property names that are defined by the type or mark the type as open type. Path: 'mediaConfig.blob'.",
      'mediaConfig.blob',
    ],
    [
      'an undeclared property of an open type that names its type and does not fit it',
      'transfer',
      {
        transferTarget: {
          identity: { phone: { '@odata.type': '#microsoft.graph.identity', id: 12345678901 } },
        },
      },
      "Cannot convert the literal '12345678901' to the expected type 'Edm.String'. Path: 'transferTarget.identity.phone.id'.",
      'transferTarget.identity.phone.id',
    ],
    [
      'an unknown parameter',
      'answer',
      { ...docs.answer, modalities: ['audio'] },
      "The parameter 'modalities' in the request payload is not a valid parameter for the operation 'answer'.",
      'modalities',
    ],
    [
      // Graph's docs print clientContext in this example; Microsoft removed it from them after customers
      // reported transfer does not take it (microsoftgraph/microsoft-graph-docs#12161).
      'the documented PSTN transfer, whose clientContext is not a transfer parameter',
      'transfer',
      docs.transferToPstnAsDocumented,
      "The parameter 'clientContext' in the request payload is not a valid parameter for the operation 'transfer'.",
      'clientContext',
    ],
    [
      'the documented simultaneous-ring redirect, whose routingPolicies v1.0 does not have',
      'redirect',
      docs.redirectWithRoutingPolicies,
      "The parameter 'routingPolicies' in the request payload is not a valid parameter for the operation 'redirect'.",
      'routingPolicies',
    ],
    [
      'a keepAlive with a body',
      'keepAlive',
      { clientContext: 'c' },
      "The parameter 'clientContext' in the request payload is not a valid parameter for the operation 'keepAlive'.",
      'clientContext',
    ],
  ])('%s', (_name, action, body, message, target) => {
    expect(checkActionBody('graph.call', action, body)).toEqual({ ok: false, message, target });
  });

  it.each([
    ['an array', [docs.rejectBusy], 'StartArray'],
    ['a string', 'busy', 'PrimitiveValue'],
    ['null', null, 'PrimitiveValue'],
  ])('refuses a body that is %s', (_name, body, found) => {
    expect(checkActionBody('graph.call', 'reject', body)).toEqual({
      ok: false,
      message: `An unexpected '${found}' node was found when reading from the JSON reader. A 'StartObject' node was expected.`,
    });
  });

  it('throws for an action Graph does not have, which is a simulator bug and not a bad request', () => {
    expect(() => checkActionBody('graph.call', 'hold', {})).toThrow(
      "Graph v1.0 has no action 'hold' bound to 'graph.call'",
    );
  });
});

describe('the schema check refuses create-call bodies Graph refuses', () => {
  const { mediaConfig: _media, ...withoutMediaConfig } = docs.createP2pCall;
  const { targets: _targets, ...withoutTargets } = docs.createP2pCall;

  it.each([
    [
      'without mediaConfig',
      withoutMediaConfig,
      "One or more properties required to create a 'microsoft.graph.call' are missing from the request payload. The missing properties are: mediaConfig.",
      'mediaConfig',
    ],
    [
      'without targets or meetingInfo',
      withoutTargets,
      "One or more properties required to create a 'microsoft.graph.call' are missing from the request payload. The missing properties are: targets or meetingInfo.",
      'targets',
    ],
    [
      'with an empty targets array',
      { ...docs.createP2pCall, targets: [] },
      "One or more properties required to create a 'microsoft.graph.call' are missing from the request payload. The missing properties are: targets or meetingInfo.",
      'targets',
    ],
    [
      'with a property a call does not have',
      { ...docs.createP2pCall, ringTimeout: 30 },
      "The property 'ringTimeout' does not exist on type 'microsoft.graph.call'. Make sure to only use property names that are defined by the type or mark the type as open type.",
      'ringTimeout',
    ],
    [
      'whose @odata.type is not a call',
      { ...docs.createP2pCall, '@odata.type': '#microsoft.graph.participant' },
      "A resource with type 'microsoft.graph.participant' was found, but it is not assignable to the expected type 'microsoft.graph.call'. The type specified in the resource must be equal to either the expected type or a derived type. Path: '@odata.type'.",
      '@odata.type',
    ],
    [
      'with callOptions that do not say which kind they are',
      { ...docs.createP2pCall, callOptions: { isContentSharingNotificationEnabled: true } },
      "An instance of the abstract resource type 'microsoft.graph.callOptions' was found. Abstract resource types cannot be instantiated. Path: 'callOptions'.",
      'callOptions',
    ],
    [
      'with a target that has no identity',
      { ...docs.createP2pCall, targets: [{ '@odata.type': '#microsoft.graph.invitationParticipantInfo' }] },
      "One or more properties of the type 'microsoft.graph.invitationParticipantInfo' are missing from the request payload. The missing properties are: identity. Path: 'targets[0].identity'.",
      'targets[0].identity',
    ],
    [
      'with a navigation property',
      { ...docs.createP2pCall, participants: [] },
      "The navigation property 'participants' of type 'microsoft.graph.call' cannot be set in the request payload.",
      'participants',
    ],
  ])('%s', (_name, body, message, target) => {
    expect(checkEntityBody('graph.call', body)).toEqual({ ok: false, message, target });
  });
});
