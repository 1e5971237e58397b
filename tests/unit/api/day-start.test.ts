import { startOfDay } from '../../../bot/api/views/day-start';

const at = (text: string) => Date.parse(text);

describe('the start of the tenant’s day', () => {
  it.each([
    ['London in winter', '2026-01-15T15:30:12.345Z', 'Europe/London', '2026-01-15T00:00:00.000Z'],
    ['London in summer', '2026-07-15T15:30:00.000Z', 'Europe/London', '2026-07-14T23:00:00.000Z'],
    [
      'New York just after its midnight',
      '2026-07-15T04:10:00.000Z',
      'America/New_York',
      '2026-07-15T04:00:00.000Z',
    ],
    [
      'New York before its midnight, already the next day in UTC',
      '2026-07-15T03:10:00.000Z',
      'America/New_York',
      '2026-07-14T04:00:00.000Z',
    ],
    [
      'London on the day clocks go forward, after the change',
      '2026-03-29T12:00:00.000Z',
      'Europe/London',
      '2026-03-29T00:00:00.000Z',
    ],
    [
      'London on the day clocks go back, after the change',
      '2026-10-25T12:00:00.000Z',
      'Europe/London',
      '2026-10-24T23:00:00.000Z',
    ],
  ])('is local midnight in %s', (_what, now, timeZone, midnight) => {
    expect(new Date(startOfDay(at(now), timeZone)).toISOString()).toBe(midnight);
  });
});
