import { FlowSchema } from '../../../src/config';
import { scheduleAt } from '../../../src/flows';

const flow = FlowSchema.parse({
  id: 'weekdays',
  timeZone: 'America/Los_Angeles',
  start: { type: 'disconnect' },
  businessHours: { monday: ['08:00-12:00', '13:00-18:00'], saturday: ['10:00-14:00'] },
  holidays: [
    { name: 'New year', from: '12-31', to: '01-01' },
    { name: 'Founders day', date: '2026-11-30', action: { type: 'queue', queue: 'sales' } },
  ],
  whenClosed: { type: 'disconnect' },
});

/** A UTC instant for a Los Angeles wall-clock time in November 2026 (UTC-8). */
const la = (day: number, clock: string) =>
  Date.parse(`2026-11-${String(day).padStart(2, '0')}T${clock}:00-08:00`);

describe('business hours and holidays', () => {
  it.each([
    ['Monday 08:00, opening', la(23, '08:00'), 'open'],
    ['Monday 12:30, lunch', la(23, '12:30'), 'closed'],
    ['Monday 17:59', la(23, '17:59'), 'open'],
    ['Monday 18:00, closing', la(23, '18:00'), 'closed'],
    ['Tuesday, no hours', la(24, '10:00'), 'closed'],
    ['Saturday 10:30', la(28, '10:30'), 'open'],
  ])('%s is %s in the flow time zone', (_when, at, kind) => {
    expect(scheduleAt(flow, 'UTC', at).kind).toBe(kind);
  });

  it('puts a holiday before business hours, with its own action', () => {
    expect(scheduleAt(flow, 'UTC', la(30, '09:00'))).toEqual({
      kind: 'holiday',
      name: 'Founders day',
      action: { type: 'queue', queue: 'sales' },
    });
  });

  it('lets a yearly range wrap the new year', () => {
    expect(scheduleAt(flow, 'UTC', Date.parse('2027-01-01T09:00:00-08:00')).kind).toBe('holiday');
    expect(scheduleAt(flow, 'UTC', Date.parse('2027-01-04T09:00:00-08:00')).kind).toBe('open');
  });

  it('uses the tenant time zone when the flow has none, and is open 24/7 without hours', () => {
    const allDay = FlowSchema.parse({ id: 'all', start: { type: 'disconnect' } });
    expect(scheduleAt(allDay, 'Europe/Paris', la(24, '03:00'))).toEqual({ kind: 'open' });
    const { timeZone: _tz, ...rest } = flow;
    // 16:30 UTC is 08:30 in Los Angeles but 17:30 in Paris (UTC+1): Monday hours apply in Paris too.
    expect(scheduleAt({ ...rest }, 'Europe/Paris', Date.parse('2026-11-23T16:30:00Z')).kind).toBe('open');
    expect(scheduleAt({ ...rest }, 'Europe/Paris', Date.parse('2026-11-23T17:30:00Z')).kind).toBe('closed');
  });
});
