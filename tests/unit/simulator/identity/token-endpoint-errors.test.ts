import type { Identity } from '../../../../simulator/identity';
import { bot, call, contoso, fabrikam, makeIdentity, partner, tokenForm } from './identity-fixtures';

type Case = [string, string, Record<string, string>, number, string, number, RegExp];

const cases: Case[] = [
  [
    'an unknown tenant',
    'no-such-tenant',
    tokenForm(bot),
    400,
    'invalid_tenant',
    90002,
    /^Tenant 'no-such-tenant' not found\./,
  ],
  [
    'the /common endpoint',
    'common',
    tokenForm(bot),
    400,
    'invalid_request',
    50059,
    /No tenant-identifying information/,
  ],
  [
    'the /organizations endpoint',
    'organizations',
    tokenForm(partner),
    400,
    'invalid_request',
    50059,
    /No tenant-identifying/,
  ],
  [
    'no grant_type',
    contoso.id,
    tokenForm(bot, { grant_type: undefined }),
    400,
    'invalid_request',
    900144,
    /parameter: 'grant_type'\.$/,
  ],
  [
    'another grant type',
    contoso.id,
    tokenForm(bot, { grant_type: 'password' }),
    400,
    'unsupported_grant_type',
    70003,
    /unsupported grant type 'password'/,
  ],
  [
    'no client_id',
    contoso.id,
    tokenForm(bot, { client_id: undefined }),
    400,
    'invalid_request',
    900144,
    /'client_id'/,
  ],
  ['no scope', contoso.id, tokenForm(bot, { scope: undefined }), 400, 'invalid_request', 900144, /'scope'/],
  [
    'a delegated scope',
    contoso.id,
    tokenForm(bot, { scope: 'https://graph.microsoft.com/Calls.Initiate.All' }),
    400,
    'invalid_scope',
    1002012,
    /scope https:\/\/graph\.microsoft\.com\/Calls\.Initiate\.All is not valid\. Client credential flows must have a scope value with \/\.default/,
  ],
  [
    'a /.default scope naming no resource',
    contoso.id,
    tokenForm(bot, { scope: '/.default' }),
    400,
    'invalid_scope',
    70011,
    /scope \/\.default isn't valid/,
  ],
  [
    'two resources in one scope',
    contoso.id,
    tokenForm(bot, { scope: 'https://graph.microsoft.com/.default api://switchboard/.default' }),
    400,
    'invalid_scope',
    700022,
    /more than one resource/,
  ],
  [
    'an app the directory does not know',
    contoso.id,
    tokenForm({ appId: '99999999-9999-4999-8999-999999999999', appSecret: 'x' }),
    400,
    'unauthorized_client',
    700016,
    /^Application with identifier '99999999-9999-4999-8999-999999999999' was not found in the directory 'Contoso'\./,
  ],
  [
    'a single-tenant app outside its tenant',
    fabrikam.id,
    tokenForm(bot),
    400,
    'unauthorized_client',
    700016,
    /^Application with identifier '33333333-3333-4333-8333-333333333333' was not found in the directory 'Fabrikam'/,
  ],
  [
    'no client credential',
    contoso.id,
    tokenForm(bot, { client_secret: undefined }),
    401,
    'invalid_client',
    7000216,
    /'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type/,
  ],
  [
    'a wrong client secret',
    contoso.id,
    tokenForm(bot, { client_secret: 'not-the-secret' }),
    401,
    'invalid_client',
    7000215,
    /^Invalid client secret provided\. .*for a secret added to app '33333333-3333-4333-8333-333333333333'\.$/,
  ],
  [
    'a client assertion',
    contoso.id,
    tokenForm(bot, {
      client_secret: undefined,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: 'eyJ.eyJ.sig',
    }),
    400,
    'invalid_request',
    90023,
    /does not accept client_assertion/,
  ],
];

describe('the token endpoint refusing a client credentials request', () => {
  let identity: Identity;
  beforeAll(async () => {
    ({ identity } = await makeIdentity());
  });

  it.each(cases)('refuses %s with its AADSTS code', async (_, tenant, form, status, error, code, message) => {
    const res = await call(identity, 'POST', `/${tenant}/oauth2/v2.0/token`, { body: form });
    expect(res.status).toBe(status);
    const body = res.body as Record<string, unknown>;
    expect(body).toEqual({
      error,
      error_description: expect.stringMatching(
        new RegExp(
          `^AADSTS${code}: .+\\r\\nTrace ID: [0-9a-f-]{36}\\r\\nCorrelation ID: [0-9a-f-]{36}\\r\\nTimestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$`,
        ),
      ),
      error_codes: [code],
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/),
      trace_id: expect.any(String),
      correlation_id: expect.any(String),
      error_uri: `http://127.0.0.1:4000/error?code=${code}`,
    });
    const text = String(body.error_description).split('\r\n')[0]?.replace(`AADSTS${code}: `, '');
    expect(text).toMatch(message);
  });

  it("reports the client's request id as the correlation id", async () => {
    const correlationId = '0b2d8766-f13f-4524-83a6-c78d691c9cf6';
    const res = await call(identity, 'POST', `/${contoso.id}/oauth2/v2.0/token`, {
      body: tokenForm(bot, { client_secret: 'wrong' }),
      headers: { 'client-request-id': correlationId },
    });
    expect(res.body).toMatchObject({ correlation_id: correlationId });
    expect(String((res.body as { error_description: string }).error_description)).toContain(
      `Correlation ID: ${correlationId}`,
    );
  });

  it('treats an empty body as a request without grant_type', async () => {
    const res = await call(identity, 'POST', `/${contoso.id}/oauth2/v2.0/token`, { body: undefined });
    expect(res).toMatchObject({ status: 400, body: { error: 'invalid_request', error_codes: [900144] } });
  });
});
