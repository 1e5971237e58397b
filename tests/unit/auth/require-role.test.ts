import { type ApiUser, authorize, type Role } from '../../../bot/auth';

const user: ApiUser = {
  tenantId: '11111111-1111-4111-8111-111111111111',
  userId: 'c0000000-0000-4000-8000-00000000a11c',
  name: 'Alice Agent',
  upn: 'alice@contoso.com',
  scopes: ['access_as_user'],
  appRoles: [],
};
const caller = (...roles: Role[]) => ({ user, roles: new Set(roles) });

describe('authorize', () => {
  it('lets a caller through who holds the required role', () => {
    expect(authorize(caller('Agent', 'Supervisor'), ['Supervisor'])).toEqual({ ok: true });
  });

  it('lets anyone through when no role is required', () => {
    expect(authorize(caller(), [])).toEqual({ ok: true });
  });

  it('refuses with 403 naming the missing role and what the caller has', () => {
    expect(authorize(caller('Agent'), ['Supervisor'])).toEqual({
      ok: false,
      status: 403,
      error: {
        code: 'missingRole',
        message: 'this needs the Supervisor role; the caller has Agent',
        missing: ['Supervisor'],
      },
    });
  });

  it('requires every listed role, naming each one missing', () => {
    const result = authorize(caller(), ['Agent', 'Admin']);
    expect(result).toMatchObject({
      status: 403,
      error: {
        message: 'this needs the Agent and Admin roles; the caller has no role',
        missing: ['Agent', 'Admin'],
      },
    });
  });
});
