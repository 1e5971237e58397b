import { type ApiHarness, alex, ann, backends, bo, cy, startApiCenter, sue } from './api-harness';

describe.each(backends())('finding people through the API on %s', (_name, store) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApiCenter({ store });
  });
  afterAll(() => h.close());

  it('finds Teams users of the tenant by name, with their live presence', async () => {
    await h.control('POST', `/_sim/users/${alex}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    const found = await h.api('GET', '/people?search=Al', { as: ann });
    expect(found.status).toBe(200);
    expect(found.body).toEqual({
      people: [
        {
          id: alex,
          displayName: 'Alex Expert',
          userPrincipalName: 'alex@example.com',
          mail: 'alex@example.com',
          jobTitle: null,
          presence: { availability: 'Busy', activity: 'InAMeeting' },
          skills: null,
        },
      ],
    });
    await h.control('POST', `/_sim/users/${alex}/presence`, {
      availability: 'Available',
      activity: 'Available',
    });
    const later = await h.api('GET', '/people?search=al', { as: sue });
    expect(later.body.people[0].presence).toEqual({ availability: 'Available', activity: 'Available' });
  });

  it('finds the tenant’s agents by skill, best level first, free ones before busy ones', async () => {
    const bySkill = await h.api('GET', '/people?skill=support', { as: ann });
    expect(bySkill.body.people.map((p: any) => [p.displayName, p.skills.support])).toEqual([
      ['Cy Expert', 5],
      ['Bo Both', 2],
    ]);
    await h.control('POST', `/_sim/users/${cy}/presence`, {
      availability: 'DoNotDisturb',
      activity: 'Presenting',
    });
    const afterwards = await h.api('GET', '/people?skill=support', { as: ann });
    expect(afterwards.body.people.map((p: any) => [p.id, p.presence.availability])).toEqual([
      [bo, 'Available'],
      [cy, 'DoNotDisturb'],
    ]);
    const narrowed = await h.api('GET', '/people?skill=support&search=cy', { as: ann });
    expect(narrowed.body.people.map((p: any) => p.id)).toEqual([cy]);
  });

  it('finds nobody for a skill no agent has, and never a user of another tenant', async () => {
    expect((await h.api('GET', '/people?skill=klingon', { as: ann })).body).toEqual({ people: [] });
    // Dee Fabrikam and Olga Outsider exist in the simulator, in other tenants.
    expect((await h.api('GET', '/people?search=Dee', { as: ann })).body).toEqual({ people: [] });
    expect((await h.api('GET', '/people?search=Olga', { as: ann })).body).toEqual({ people: [] });
  });
});
