import { graphFormatProblem, readWavHeader } from '../../../bot/media';
import { makeWav, riff } from './wav-fixtures';

describe('readWavHeader', () => {
  it('reads the format and the playing time of a 16 kHz mono 16-bit file', () => {
    expect(readWavHeader(makeWav({ frames: 24_000 }))).toEqual({
      ok: true,
      format: { formatTag: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16 },
      dataBytes: 48_000,
      durationMs: 1500,
    });
  });

  it('skips chunks before fmt, odd-sized ones included', () => {
    const header = readWavHeader(makeWav({ before: [['LIST', Buffer.alloc(7)]], frames: 1600 }));
    expect(header).toMatchObject({ ok: true, durationMs: 100 });
  });

  it('takes the real format of a WAVE_FORMAT_EXTENSIBLE file from its sub-format', () => {
    const header = readWavHeader(makeWav({ extensible: true, formatTag: 3, bitsPerSample: 32 }));
    expect(header).toMatchObject({ ok: true, format: { formatTag: 3, bitsPerSample: 32 } });
  });

  it('times stereo 44.1 kHz by sample frames', () => {
    const header = readWavHeader(makeWav({ channels: 2, sampleRate: 44_100, frames: 44_100 }));
    expect(header).toMatchObject({ ok: true, durationMs: 1000 });
  });

  it.each<[string, Buffer, RegExp]>([
    ['an empty file', Buffer.alloc(0), /too short/],
    ['an MP3', Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00 frames follow', 'latin1'), /not a WAV file/],
    ['a WAVE with no fmt', riff([['data', Buffer.alloc(10)]]), /before any fmt chunk/],
    ['a WAVE with no data', riff([['fmt ', makeWav().subarray(20, 36)]]), /no data chunk/],
    ['a WAVE with nothing in it', riff([]), /no fmt chunk/],
    ['a short fmt chunk', riff([['fmt ', Buffer.alloc(10)]]), /fmt chunk is truncated/],
    ['a zero sample rate', makeWav({ sampleRate: 0 }), /0 Hz/],
  ])('refuses %s with a reason', (_what, bytes, reason) => {
    const header = readWavHeader(bytes);
    expect(header.ok).toBe(false);
    expect(!header.ok && header.reason).toMatch(reason);
  });
});

describe('graphFormatProblem', () => {
  it('accepts WAV 16 kHz mono 16-bit PCM', () => {
    expect(
      graphFormatProblem({ formatTag: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16 }),
    ).toBeUndefined();
  });

  it.each([
    [
      { formatTag: 1, channels: 2, sampleRate: 44_100, bitsPerSample: 16 },
      'stereo (2 channels), expected mono; 44100 Hz, expected 16000 Hz',
    ],
    [{ formatTag: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 8 }, '8-bit, expected 16-bit PCM'],
    [{ formatTag: 3, channels: 1, sampleRate: 16_000, bitsPerSample: 32 }, 'IEEE float, expected 16-bit PCM'],
    [
      { formatTag: 7, channels: 1, sampleRate: 8_000, bitsPerSample: 8 },
      'encoding 0x0007, expected 16-bit PCM; 8000 Hz, expected 16000 Hz',
    ],
  ])('names every difference of %o', (format, problem) => {
    expect(graphFormatProblem(format)).toBe(problem);
  });
});
