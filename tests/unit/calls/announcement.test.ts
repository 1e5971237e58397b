import {
  digitClips,
  estimatedWaitSeconds,
  numberClips,
  positionAnnouncement,
  waitAnnouncement,
  waitedAnnouncement,
} from '../../../src/calls/announcement';
import type { Prompt } from '../../../src/config';

/** The clip names of an announcement, in order. */
const names = (prompts: Prompt[]) =>
  prompts.map((prompt) => (prompt.kind === 'shipped' ? prompt.name : prompt.kind));

describe('positionAnnouncement', () => {
  it.each<[number, string[]]>([
    [1, ['position-next']],
    [2, ['position-you-are', 'number-2', 'position-in-line']],
    [3, ['position-you-are', 'number-3', 'position-in-line']],
    [20, ['position-you-are', 'number-20', 'position-in-line']],
    [21, ['position-you-are', 'number-20', 'number-1', 'position-in-line']],
    [40, ['position-you-are', 'number-40', 'position-in-line']],
    [47, ['position-you-are', 'number-40', 'number-7', 'position-in-line']],
    [99, ['position-you-are', 'number-90', 'number-9', 'position-in-line']],
    [100, ['position-you-are', 'number-1', 'number-hundred', 'position-in-line']],
    [115, ['position-you-are', 'number-1', 'number-hundred', 'number-15', 'position-in-line']],
    [200, ['position-you-are', 'number-2', 'number-hundred', 'position-in-line']],
    [999, ['position-you-are', 'number-9', 'number-hundred', 'number-90', 'number-9', 'position-in-line']],
    [1000, ['position-many-ahead']],
    [25_000, ['position-many-ahead']],
  ])('announces position %i as %j', (position, clips) => {
    expect(names(positionAnnouncement(position))).toEqual(clips);
  });

  it('uses shipped prompts only', () => {
    expect(positionAnnouncement(47).every((prompt) => prompt.kind === 'shipped')).toBe(true);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses position %p', (position) => {
    expect(() => positionAnnouncement(position)).toThrow(RangeError);
  });
});

describe('waitAnnouncement', () => {
  it.each<[number, string[]]>([
    [0, ['wait-less-than-a-minute']],
    [59, ['wait-less-than-a-minute']],
    [59.9, ['wait-less-than-a-minute']],
    [60, ['wait-about', 'number-1', 'wait-minute']],
    [61, ['wait-about', 'number-2', 'wait-minutes']],
    [120, ['wait-about', 'number-2', 'wait-minutes']],
    [121, ['wait-about', 'number-3', 'wait-minutes']],
    [1260, ['wait-about', 'number-20', 'number-1', 'wait-minutes']],
    [2700, ['wait-about', 'number-40', 'number-5', 'wait-minutes']],
    [3599, ['wait-about', 'number-60', 'wait-minutes']],
    [3600, ['wait-about', 'number-60', 'wait-minutes']],
    [3601, ['wait-more-than-an-hour']],
    [86_400, ['wait-more-than-an-hour']],
  ])('announces an estimated wait of %p s as %j', (seconds, clips) => {
    expect(names(waitAnnouncement(seconds))).toEqual(clips);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a wait of %p', (seconds) => {
    expect(() => waitAnnouncement(seconds)).toThrow(RangeError);
  });
});

describe('waitedAnnouncement, for the whisper', () => {
  it.each<[number, string[]]>([
    [0, ['whisper-waited-under-a-minute']],
    [59, ['whisper-waited-under-a-minute']],
    [60, ['whisper-waited', 'number-1', 'wait-minute']],
    [150, ['whisper-waited', 'number-2', 'wait-minutes']],
    [3599, ['whisper-waited', 'number-50', 'number-9', 'wait-minutes']],
    [1_000_000, ['whisper-waited', 'number-9', 'number-hundred', 'number-90', 'number-9', 'wait-minutes']],
  ])('says a wait of %p s as %j, in whole minutes rounded down', (seconds, clips) => {
    expect(names(waitedAnnouncement(seconds))).toEqual(clips);
  });
});

describe('numberClips', () => {
  it.each<[number, string[]]>([
    [0, ['number-0']],
    [13, ['number-13']],
    [30, ['number-30']],
    [101, ['number-1', 'number-hundred', 'number-1']],
    [120, ['number-1', 'number-hundred', 'number-20']],
  ])('says %i as %j', (value, clips) => {
    expect(names(numberClips(value))).toEqual(clips);
  });

  it.each([-1, 1000, 1.5])('refuses %p, which the clips cannot say', (value) => {
    expect(() => numberClips(value)).toThrow('cannot say');
  });
});

describe('digitClips', () => {
  it('says a phone number digit by digit, skipping the rest', () => {
    expect(names(digitClips('+1 (425) 555-0100'))).toEqual(
      ['1', '4', '2', '5', '5', '5', '5', '0', '1', '0', '0'].map((digit) => `number-${digit}`),
    );
  });
});

describe('estimatedWaitSeconds', () => {
  it.each<[number, number, number, number]>([
    [1, 180, 1, 180],
    [3, 240, 4, 180],
    [10, 300, 5, 600],
    [1, 100, 3, 33],
    [2, 180, 0, 360],
    [5, 0, 2, 0],
  ])(
    'position %i, handle time %i s, %i agents -> %i s',
    (position, averageHandleSeconds, agentsServing, seconds) => {
      expect(estimatedWaitSeconds({ position, averageHandleSeconds, agentsServing })).toBe(seconds);
    },
  );

  it.each([
    { position: 0, averageHandleSeconds: 180, agentsServing: 1 },
    { position: 1, averageHandleSeconds: -1, agentsServing: 1 },
    { position: 1, averageHandleSeconds: Number.NaN, agentsServing: 1 },
    { position: 1, averageHandleSeconds: 180, agentsServing: -2 },
  ])('refuses %o', (input) => {
    expect(() => estimatedWaitSeconds(input)).toThrow(RangeError);
  });
});
