import type { Identity } from '../../../../simulator/identity';
import { baseUrl, call, contoso, makeIdentity } from './identity-fixtures';

describe("Entra's v2.0 OpenID configuration", () => {
  let identity: Identity;
  beforeAll(async () => {
    ({ identity } = await makeIdentity());
  });

  it("describes the tenant's endpoints on the simulator with Entra's fields", async () => {
    const res = await call(identity, 'GET', `/${contoso.id}/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const authority = `${baseUrl}/${contoso.id}`;
    expect(res.body).toMatchObject({
      issuer: `${authority}/v2.0`,
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      subject_types_supported: ['pairwise'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      tenant_region_scope: 'WW',
      cloud_instance_name: 'microsoftonline.com',
      msgraph_host: 'graph.microsoft.com',
    });
  });

  it('keeps the literal {tenantid} issuer template for common', async () => {
    const res = await call(identity, 'GET', '/common/v2.0/.well-known/openid-configuration');
    expect(res.body).toMatchObject({
      issuer: `${baseUrl}/{tenantid}/v2.0`,
      jwks_uri: `${baseUrl}/common/discovery/v2.0/keys`,
      tenant_region_scope: null,
    });
  });

  it.each([
    ['OpenID configuration', '/no-such-tenant/v2.0/.well-known/openid-configuration'],
    ['keys', '/no-such-tenant/discovery/v2.0/keys'],
  ])('answers AADSTS90002 for the %s of an unknown tenant', async (_, path) => {
    const res = await call(identity, 'GET', path);
    expect(res).toMatchObject({ status: 400, body: { error: 'invalid_tenant', error_codes: [90002] } });
    expect((res.body as { error_description: string }).error_description).toMatch(
      /^AADSTS90002: Tenant 'no-such-tenant' not found\./,
    );
  });
});

describe("the calling signer's OpenID configuration", () => {
  let identity: Identity;
  beforeAll(async () => {
    ({ identity } = await makeIdentity());
  });

  it('plays api.aps.skype.com: Bot Framework issuer, keys on the simulator, RS256', async () => {
    const res = await call(identity, 'GET', '/calling/v1/.well-known/OpenIdConfiguration');
    expect(res).toEqual({
      status: 200,
      body: {
        issuer: 'https://api.botframework.com',
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${baseUrl}/calling/v1/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
        token_endpoint_auth_signing_alg_values_supported: ['RS256'],
      },
    });
  });
});
