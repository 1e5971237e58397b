import { MeSchema } from '../../../bot/api/schemas/me.schema';
import { type ApiHarness, ann, backends, startApiCenter } from './api-harness';

const everyRoute = [
  'get /me',
  'put /me/status',
  'put /me/queues/{queueId}',
  'get /me/interactions',
  'get /interactions/{id}',
  'post /interactions/{id}/notes',
  'post /interactions/{id}/wrapup',
  'get /people',
  'get /stream',
  'get /contacts',
  'get /contacts/{id}',
  'post /contacts',
  'patch /contacts/{id}',
  'delete /contacts/{id}',
  'get /supervisor/queues',
  'get /supervisor/agents',
  'get /supervisor/intraday',
  'get /supervisor/report',
  'get /supervisor/report/csv',
  'get /supervisor/interactions',
  'get /supervisor/interactions/csv',
  'get /supervisor/stream',
  'put /supervisor/agents/{agentId}/status',
  'post /supervisor/agents/{agentId}/signout',
  'post /supervisor/interactions/{id}/move',
  'put /supervisor/interactions/{id}/priority',
  'get /supervisor/audit',
  'get /openapi.json',
  'get /interactions/{id}/recording',
  'post /interactions/{id}/callback',
];

describe.each(backends())('the OpenAPI document on %s', (_name, store) => {
  let h: ApiHarness;
  let doc: any;
  beforeAll(async () => {
    h = await startApiCenter({ store });
    doc = (await h.api('GET', '/openapi.json', { as: ann })).body;
  });
  afterAll(() => h.close());

  it('is OpenAPI 3.1 and lists every route, each with its security scheme and roles', () => {
    expect(doc).toMatchObject({ openapi: '3.1.0', servers: [{ url: '/api/v1' }] });
    const listed = Object.entries(doc.paths).flatMap(([path, ops]: [string, any]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(listed.sort()).toEqual([...everyRoute].sort());
    for (const [path, ops] of Object.entries<any>(doc.paths))
      for (const op of Object.values<any>(ops)) {
        expect(op.security).toContainEqual({ entraToken: [] });
        expect(op.responses['401']).toBeDefined();
        expect(Array.isArray(op['x-roles'])).toBe(true);
        if (path !== '/stream' && path !== '/supervisor/stream')
          expect(op.security).toEqual([{ entraToken: [] }]);
      }
    expect(doc.paths['/stream'].get.security).toEqual([{ entraToken: [] }, { accessTokenQuery: [] }]);
    expect(doc.components.securitySchemes.entraToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/stream'].get.responses['200'].content['text/event-stream']).toMatchObject({
      'x-event-data': { $ref: '#/components/schemas/StreamEvent' },
    });
    expect(doc.paths['/stream'].get.parameters.map((p: any) => `${p.in}.${p.name}`)).toEqual([
      'query.access_token',
      'query.lastEventId',
      'header.last-event-id',
    ]);
  });

  it('describes bodies and parameters with the schemas that validate them', () => {
    expect(doc.components.schemas.StatusChange).toMatchObject({
      type: 'object',
      properties: { status: { enum: ['available', 'notReady', 'offline'] }, reason: { maxLength: 64 } },
      required: ['status'],
      additionalProperties: false,
    });
    expect(doc.paths['/me/status'].put.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/StatusChange',
    });
    expect(doc.paths['/interactions/{id}'].get.parameters).toEqual([
      {
        name: 'id',
        in: 'path',
        required: true,
        schema: expect.objectContaining({ type: 'string', format: 'uuid' }),
      },
    ]);
    expect(doc.paths['/people'].get.parameters.map((p: any) => [p.name, p.required])).toEqual([
      ['search', false],
      ['skill', false],
      ['top', false],
    ]);
  });

  it('refers only to components it defines', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(doc.components.schemas[name]).toBeDefined();
    }
  });

  it('documents what the API answers: GET /me matches its schema', async () => {
    const me = await h.api('GET', '/me', { as: ann });
    expect(MeSchema.safeParse(me.body).success).toBe(true);
    expect(doc.paths['/me'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Me',
    });
  });
});
