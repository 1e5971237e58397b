import { intervalIndex, intervalsOf, listIntervals, todayWindow, zoneOffsetMs } from '../../../src/analytics';

const hour = 3_600_000;
const lengths = (window: Parameters<typeof intervalsOf>[0]) =>
  listIntervals(intervalsOf(window)).map((interval) => (interval.end - interval.start) / 60_000);

describe('intervals on a time zone wall clock', () => {
  it('cuts an ordinary London day into 96 quarter-hours from local midnight', () => {
    const window = todayWindow(Date.UTC(2024, 5, 3, 12), 'Europe/London', 15);
    expect(window.from).toBe(Date.UTC(2024, 5, 2, 23)); // 00:00 BST
    expect(lengths(window)).toEqual(Array(96).fill(15));
  });

  it('makes the spring-forward day 23 hours and the fall-back day 25', () => {
    expect(lengths(todayWindow(Date.UTC(2024, 2, 31, 12), 'Europe/London', 'day'))).toEqual([23 * 60]);
    expect(lengths(todayWindow(Date.UTC(2024, 9, 27, 12), 'Europe/London', 'day'))).toEqual([25 * 60]);
    expect(lengths(todayWindow(Date.UTC(2024, 9, 27, 12), 'Europe/London', 15))).toHaveLength(100);
  });

  it("follows a zone's quarter-hour offset: Kathmandu's hours start at :15 UTC", () => {
    const window = { from: Date.UTC(2024, 5, 3, 6), to: Date.UTC(2024, 5, 3, 8), timeZone: 'Asia/Kathmandu' };
    const starts = listIntervals(intervalsOf({ ...window, size: 60 })).map((i) =>
      new Date(i.start).toISOString(),
    );
    expect(starts).toEqual([
      '2024-06-03T05:15:00.000Z',
      '2024-06-03T06:15:00.000Z',
      '2024-06-03T07:15:00.000Z',
    ]);
    expect(zoneOffsetMs(window.from, 'Asia/Kathmandu')).toBe(5.75 * hour);
  });

  it('starts a day at the first instant after a midnight the clock skips', () => {
    // Santiago springs forward at 00:00 on 8 September 2024: the day starts 01:00 (-03), 23 hours long.
    const window = todayWindow(Date.UTC(2024, 8, 8, 15), 'America/Santiago', 'day');
    expect(window.from).toBe(Date.UTC(2024, 8, 8, 4));
    expect(lengths(window)).toEqual([23 * 60]);
  });

  it('keeps a custom range exact, and finds the interval of an instant or -1 outside', () => {
    const range = intervalsOf({ from: 1000, to: 5000, timeZone: 'UTC', size: 'range' });
    expect(listIntervals(range)).toEqual([{ start: 1000, end: 5000 }]);
    const day = intervalsOf(todayWindow(Date.UTC(2024, 9, 27, 12), 'Europe/London', 15));
    expect(intervalIndex(day, Date.UTC(2024, 9, 26, 23))).toBe(0); // 00:00 BST
    expect(intervalIndex(day, Date.UTC(2024, 9, 27, 0, 59))).toBe(7); // 01:59 BST
    expect(intervalIndex(day, Date.UTC(2024, 9, 27, 1))).toBe(8); // 01:00 GMT, the hour again
    expect(intervalIndex(day, Date.UTC(2024, 9, 27, 23, 59))).toBe(99);
    expect(intervalIndex(day, Date.UTC(2024, 9, 28, 0))).toBe(-1);
    expect(intervalIndex(day, Date.UTC(2024, 9, 26, 22, 59))).toBe(-1);
  });

  it('refuses an empty window or an unknown zone', () => {
    expect(() => intervalsOf({ from: 5, to: 5, timeZone: 'UTC', size: 15 })).toThrow(RangeError);
    expect(() => intervalsOf({ from: 0, to: hour, timeZone: 'Mars/Olympus', size: 15 })).toThrow(RangeError);
  });
});
