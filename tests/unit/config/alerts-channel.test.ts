import { parseContactCenter } from '../../../src/config';
import { validContactCenter, withSetting } from './contact-center-fixture';

const channel = ['tenants', 0, 'alertsChannel'] as const;

describe("a tenant's queue alerts channel", () => {
  it('accepts a Teams channel id and keeps it', () => {
    const result = parseContactCenter(withSetting(validContactCenter(), channel, '19:floor@thread.tacv2'));
    expect(result.ok && result.value.tenants[0]?.alertsChannel).toBe('19:floor@thread.tacv2');
  });

  it('refuses a channel name, saying what a channel id looks like', () => {
    const result = parseContactCenter(withSetting(validContactCenter(), channel, 'Floor alerts'));
    expect(result.ok ? [] : result.errors).toEqual([
      'tenants[0].alertsChannel: expected a Teams channel id like 19:…@thread.tacv2',
    ]);
  });
});
