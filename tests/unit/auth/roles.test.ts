import { resolveRoles } from '../../../bot/auth';

const alice = 'c0000000-0000-4000-8000-00000000a11c';
const bob = 'c0000000-0000-4000-8000-000000000b0b';
const noOne = { agentIds: new Set<string>() };
const user = (appRoles: string[] = [], userId = alice) => ({ userId, appRoles });

describe('resolveRoles', () => {
  it('gives the app roles of the token', () => {
    expect(resolveRoles(user(['Agent']), noOne)).toEqual(new Set(['Agent']));
    expect(resolveRoles(user(['Supervisor']), noOne)).toEqual(new Set(['Supervisor']));
  });

  it('matches app role names case-insensitively', () => {
    expect(resolveRoles(user(['agent', 'SUPERVISOR']), noOne)).toEqual(new Set(['Agent', 'Supervisor']));
  });

  it('ignores app roles that are not Switchboard roles', () => {
    expect(resolveRoles(user(['Reader', 'Agents', 'Task.Write']), noOne)).toEqual(new Set());
  });

  it('makes a configured agent of the tenant an Agent, without any app role', () => {
    expect(resolveRoles(user([]), { agentIds: new Set([alice]) })).toEqual(new Set(['Agent']));
  });

  it('gives nothing to a user who is neither assigned a role nor configured', () => {
    expect(resolveRoles(user([], bob), { agentIds: new Set([alice]) })).toEqual(new Set());
  });

  it('matches configured ids case-insensitively', () => {
    expect(resolveRoles(user([]), { agentIds: new Set([alice.toUpperCase()]) })).toEqual(new Set(['Agent']));
  });

  it('unites app roles and configuration', () => {
    expect(resolveRoles(user(['Supervisor']), { agentIds: new Set([alice]) })).toEqual(
      new Set(['Agent', 'Supervisor']),
    );
  });

  it('takes supervisors and admins from the optional configuration lists', () => {
    const config = { agentIds: new Set<string>(), supervisorIds: new Set([alice]), adminIds: new Set([bob]) };
    expect(resolveRoles(user([]), config)).toEqual(new Set(['Supervisor']));
    expect(resolveRoles(user([], bob), config)).toEqual(new Set(['Admin', 'Supervisor']));
  });

  it('makes an Admin a Supervisor, but not an Agent', () => {
    expect(resolveRoles(user(['Admin']), noOne)).toEqual(new Set(['Admin', 'Supervisor']));
  });

  it('does not make a Supervisor an Admin or an Agent', () => {
    expect(resolveRoles(user(['Supervisor']), noOne)).toEqual(new Set(['Supervisor']));
  });
});
