import { makeWav, readWav } from '../../../../simulator/media';

const PROMPT_FORMAT = { audioFormat: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 };

function samples(wav: Buffer): Int16Array {
  const copy = Buffer.from(wav.subarray(44));
  return new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2);
}

describe('makeWav', () => {
  it.each([0, 1, 250, 1000, 2500])('round-trips %i ms of prompt audio through readWav', (durationMs) => {
    expect(readWav(makeWav({ durationMs, toneHz: 440 }))).toEqual({
      ok: true,
      format: PROMPT_FORMAT,
      durationMs,
    });
  });

  it('writes the sample rate it is given', () => {
    const read = readWav(makeWav({ durationMs: 500, sampleRate: 8000 }));
    expect(read).toEqual({ ok: true, format: { ...PROMPT_FORMAT, sampleRate: 8000 }, durationMs: 500 });
  });

  it('writes silence when no tone is asked for', () => {
    expect(samples(makeWav({ durationMs: 100 })).every((s) => s === 0)).toBe(true);
  });

  it('writes a quiet tone that is audible but far from clipping', () => {
    const peak = Math.max(...samples(makeWav({ durationMs: 100, toneHz: 440 })).map(Math.abs));
    expect(peak).toBeGreaterThan(1000);
    expect(peak).toBeLessThan(8000);
  });

  it('writes a tone of the asked frequency (zero crossings per second)', () => {
    const s = samples(makeWav({ durationMs: 1000, toneHz: 400 }));
    let crossings = 0;
    for (let i = 1; i < s.length; i++) if (s[i - 1]! < 0 !== s[i]! < 0) crossings++;
    expect(crossings).toBeGreaterThanOrEqual(798);
    expect(crossings).toBeLessThanOrEqual(802);
  });
});
