import { checkActionBody, checkEntityBody } from '../../../../../simulator/graph/schema';
import type { Csdl } from '../../../../../simulator/graph/schema/csdl.types';
import { createSchemaModel, graphV1Model } from '../../../../../simulator/graph/schema/schema-model';

const csdl = (params: Csdl['actions'][number]['params']): Csdl => ({
  source: 'test',
  actions: [{ name: 'act', bound: 'graph.thing', params, returns: null }],
  entityTypes: {},
  complexTypes: {},
  enumTypes: {},
});

describe('the schema model', () => {
  it('refuses at load a CSDL that refers to a type it does not define', () => {
    expect(() => createSchemaModel(csdl({ x: { type: 'graph.missing', nullable: true } }))).toThrow(
      "CSDL: action 'act' refers to 'graph.missing', which the schema checker cannot resolve",
    );
  });

  it('refuses at load a primitive type the checker cannot check', () => {
    expect(() => createSchemaModel(csdl({ x: { type: 'Collection(Edm.Stream)', nullable: true } }))).toThrow(
      "refers to 'Collection(Edm.Stream)'",
    );
  });

  it('knows which types the copied CSDL subset leaves out, and refuses to pass their values unchecked', () => {
    expect(graphV1Model.missingTypes).toEqual(['graph.callRoute', 'graph.mediaStream']);
    const body = {
      '@odata.type': '#microsoft.graph.call',
      callbackUri: 'https://bot.contoso.com/callback',
      targets: [{ identity: { user: { id: 'u' } } }],
      requestedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
      callRoutes: [{}],
    };
    expect(() => checkEntityBody('graph.call', body)).toThrow(
      "the schema lacks the type 'graph.callRoute' of 'callRoutes[0]'",
    );
  });

  it('picks an action by its bound type: v1.0 has mute on call and participant, unmute on call only', () => {
    expect(checkActionBody('graph.call', 'mute', { clientContext: 'c' })).toEqual({ ok: true });
    expect(checkActionBody('graph.participant', 'mute', { clientContext: 'c' })).toEqual({ ok: true });
    expect(checkActionBody('graph.call', 'unmute', {})).toEqual({ ok: true });
    expect(() => checkActionBody('graph.participant', 'unmute', {})).toThrow(
      "Graph v1.0 has no action 'unmute' bound to 'graph.participant'",
    );
  });

  it('tells a bound collection from a bound single entity', () => {
    expect(() => checkActionBody('graph.participant', 'invite', { participants: [] })).toThrow(
      "Graph v1.0 has no action 'invite' bound to 'graph.participant'",
    );
  });
});
