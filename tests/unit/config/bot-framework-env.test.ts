import { parseEnvironment } from '../../../src/config';

const bot = {
  BOT_ID: '7c0e4d52-1b7a-4f0e-9d55-2a3b4c5d6e7f',
  BOT_PASSWORD: 'secret',
  BOT_ENDPOINT: 'https://switchboard.example.com',
};

describe('the messaging bot’s Bot Framework settings', () => {
  it('reads the bot’s home tenant and the channel’s OpenID configuration', () => {
    const result = parseEnvironment({
      ...bot,
      BOT_TENANT_ID: '3A1F6C2E-7B8D-4E9F-A0B1-C2D3E4F5A6B7',
      BOT_FRAMEWORK_OPENID_METADATA_URL: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    });
    expect(result.ok && [result.value.botTenantId, result.value.botFrameworkOpenIdMetadataUrl]).toEqual([
      '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7',
      'https://login.botframework.com/v1/.well-known/openidconfiguration',
    ]);
  });

  it('refuses a tenant that is no GUID, naming the variable', () => {
    const result = parseEnvironment({ ...bot, BOT_TENANT_ID: 'contoso.com' });
    expect(result.ok ? [] : result.errors).toEqual([
      'BOT_TENANT_ID: expected the bot\'s home tenant id (a GUID), got "contoso.com"',
    ]);
  });

  it('refuses a simulator’s channel keys in production', () => {
    const result = parseEnvironment({
      ...bot,
      NODE_ENV: 'production',
      BOT_FRAMEWORK_OPENID_METADATA_URL:
        'http://127.0.0.1:4000/botframework/v1/.well-known/openidconfiguration',
    });
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^BOT_FRAMEWORK_OPENID_METADATA_URL: "http:\/\/127\.0\.0\.1:4000\/.*is on a loopback host/,
    );
  });
});
