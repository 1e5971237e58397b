import { randomUUID } from 'node:crypto';
import { type ApiHarness, ann, backends, startApiCenter } from './api-harness';

/** Each wrong input, and the fields the 400 must name (as `in.field`). */
const cases: [string, string, string, unknown, string[]][] = [
  ['a status out of the list', 'PUT', '/me/status', { status: 'lunch' }, ['body.status']],
  ['notReady without a reason', 'PUT', '/me/status', { status: 'notReady' }, ['body.reason']],
  [
    'a reason over 64 characters',
    'PUT',
    '/me/status',
    { status: 'notReady', reason: 'x'.repeat(65) },
    ['body.reason'],
  ],
  ['a reason with available', 'PUT', '/me/status', { status: 'available', reason: 'break' }, ['body.reason']],
  [
    'an unknown field, and a missing one',
    'PUT',
    '/me/status',
    { statuss: 'available' },
    ['body.status', 'body.statuss'],
  ],
  ['no body', 'PUT', '/me/status', undefined, ['body']],
  ['signedIn not a boolean', 'PUT', '/me/queues/sales', { signedIn: 'yes' }, ['body.signedIn']],
  [
    'a queue id with a slash-free but wrong shape',
    'PUT',
    '/me/queues/%20sales',
    { signedIn: true },
    ['path.queueId'],
  ],
  ['an interaction id that is no UUID', 'GET', '/interactions/42', undefined, ['path.id']],
  ['an empty note', 'POST', `/interactions/${randomUUID()}/notes`, { text: '   ' }, ['body.text']],
  [
    'a note over 4,000 characters',
    'POST',
    `/interactions/${randomUUID()}/notes`,
    { text: 'x'.repeat(4001) },
    ['body.text'],
  ],
  [
    'a disposition that is no wrap-up code of the tenant',
    'POST',
    `/interactions/${randomUUID()}/wrapup`,
    { disposition: 'sold' },
    ['body.disposition'],
  ],
  [
    'wrap-up notes over 4,000 characters',
    'POST',
    `/interactions/${randomUUID()}/wrapup`,
    { disposition: 'resolved', notes: 'x'.repeat(4001) },
    ['body.notes'],
  ],
  ['people without search or skill', 'GET', '/people', undefined, ['query.search']],
  [
    'people with top out of range and an unknown parameter',
    'GET',
    '/people?search=Al&top=99&limit=3',
    undefined,
    ['query.top', 'query.limit'],
  ],
  [
    'a stream resume id that is no number',
    'GET',
    '/stream?lastEventId=abc',
    undefined,
    ['query.lastEventId'],
  ],
];

describe.each(backends())('API input validation on %s', (_name, store) => {
  let h: ApiHarness;
  let token: string;
  beforeAll(async () => {
    h = await startApiCenter({ store });
    token = await h.token(ann);
  });
  afterAll(() => h.close());

  it.each(cases)('answers 400 naming the field for %s', async (_what, method, path, body, fields) => {
    const answer = await h.api(method, path, { token, ...(body === undefined ? {} : { body }) });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalidRequest');
    const named = answer.body.error.details.map((d: any) => (d.field === '' ? d.in : `${d.in}.${d.field}`));
    expect(named.sort()).toEqual([...fields].sort());
    for (const field of fields) expect(answer.body.error.message).toContain(field);
  });

  it('answers 400 naming the header for a Last-Event-ID that is no event id', async () => {
    const answer = await fetch(`${h.server.url}/api/v1/stream`, {
      headers: { authorization: `Bearer ${token}`, 'last-event-id': 'yesterday' },
    });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as any).error.details).toEqual([
      { in: 'header', field: 'last-event-id', message: 'expected an event id (a whole number)' },
    ]);
  });

  it('answers 400 for a body that is not JSON, and changes nothing', async () => {
    const answer = await h.api('PUT', '/me/status', { token, raw: '{"status": avail' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'invalidRequest', details: [{ in: 'body', field: '' }] });
    expect((await h.api('GET', '/me', { token })).body.status).toBe('available');
  });
});
