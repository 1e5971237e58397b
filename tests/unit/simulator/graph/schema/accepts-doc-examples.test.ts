import { checkActionBody, checkEntityBody } from '../../../../../simulator/graph/schema';
import * as docs from '../../../../fixtures/graph-doc-examples';

const { clientContext: _notATransferParameter, ...transferToPstn } = docs.transferToPstnAsDocumented;

describe("the schema check accepts the bodies of Microsoft's own examples", () => {
  it.each([
    ['answer with service-hosted media and preFetchMedia', 'graph.call', 'answer', docs.answer],
    ['reject, busy', 'graph.call', 'reject', docs.rejectBusy],
    ['reject, none', 'graph.call', 'reject', docs.rejectNone],
    ['redirect to a bot', 'graph.call', 'redirect', docs.redirect],
    ['redirect to a PSTN number', 'graph.call', 'redirect', docs.redirectToPstn],
    ['blind transfer to a user', 'graph.call', 'transfer', docs.transferBlind],
    [
      'blind transfer to PSTN, without the clientContext transfer does not take',
      'graph.call',
      'transfer',
      transferToPstn,
    ],
    ['consultative transfer with replacesCallId', 'graph.call', 'transfer', docs.transferConsultative],
    ['playPrompt (reference)', 'graph.call', 'playPrompt', docs.playPromptFromReference],
    ['playPrompt (docs)', 'graph.call', 'playPrompt', docs.playPrompt],
    ['recordResponse', 'graph.call', 'recordResponse', docs.recordResponse],
    ['subscribeToTone', 'graph.call', 'subscribeToTone', docs.subscribeToTone],
    ['cancelMediaProcessing', 'graph.call', 'cancelMediaProcessing', docs.cancelMediaProcessing],
    ['keepAlive with no body', 'graph.call', 'keepAlive', undefined],
    ['keepAlive with an empty object', 'graph.call', 'keepAlive', {}],
    ['startHoldMusic', 'graph.participant', 'startHoldMusic', docs.startHoldMusic],
    ['participants invite', 'Collection(graph.participant)', 'invite', docs.invite],
    ['getPresencesByUserId', 'graph.cloudCommunications', 'getPresencesByUserId', docs.getPresencesByUserId],
  ])('%s', (_name, boundType, action, body) => {
    expect(checkActionBody(boundType, action, body)).toEqual({ ok: true });
  });

  it.each([
    ['a peer-to-peer call to a user', docs.createP2pCall],
    ['a PSTN call from the application instance (Example 7)', docs.createPstnCall],
  ])('creates %s', (_name, body) => {
    expect(checkEntityBody('graph.call', body)).toEqual({ ok: true });
  });
});

describe('the schema check reads names and values the way Graph does', () => {
  it.each([
    ['with a leading #', '#microsoft.graph.serviceHostedMediaConfig'],
    ['without the leading #', 'microsoft.graph.serviceHostedMediaConfig'],
    ['with the graph. namespace alias', '#graph.serviceHostedMediaConfig'],
  ])('accepts an @odata.type %s', (_name, odataType) => {
    const body = { ...docs.answer, mediaConfig: { '@odata.type': odataType } };
    expect(checkActionBody('graph.call', 'answer', body)).toEqual({ ok: true });
  });

  it.each([
    ['a reject reason', 'reject', { reason: 'Busy' }],
    ['a modality', 'answer', { ...docs.answer, acceptedModalities: ['Audio', 'VIDEOBASEDSCREENSHARING'] }],
  ])('compares %s with the enum case-insensitively', (_name, action, body) => {
    expect(checkActionBody('graph.call', action, body)).toEqual({ ok: true });
  });

  it('accepts the microsoft.graph namespace for the bound type and the entity type', () => {
    expect(checkActionBody('microsoft.graph.call', 'reject', docs.rejectBusy)).toEqual({ ok: true });
    expect(checkEntityBody('#microsoft.graph.call', docs.createP2pCall)).toEqual({ ok: true });
  });

  it('lets instance annotations through on an action body, as the Graph SDK sends them', () => {
    const body = { '@odata.type': '#microsoft.graph.callAnswerRequestBody', ...docs.answer };
    expect(checkActionBody('graph.call', 'answer', body)).toEqual({ ok: true });
  });

  it('accepts null for a nullable parameter', () => {
    expect(checkActionBody('graph.call', 'answer', { ...docs.answer, participantCapacity: null })).toEqual({
      ok: true,
    });
  });

  it('joins a meeting with meetingInfo instead of targets', () => {
    const { targets: _targets, ...withoutTargets } = docs.createP2pCall;
    const body = {
      ...withoutTargets,
      meetingInfo: {
        '@odata.type': '#microsoft.graph.joinMeetingIdMeetingInfo',
        joinMeetingId: '1234567890',
      },
    };
    expect(checkEntityBody('graph.call', body)).toEqual({ ok: true });
  });
});
