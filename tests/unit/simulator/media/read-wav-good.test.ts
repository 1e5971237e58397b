import { readWav } from '../../../../simulator/media';
import { wav } from './wav-fixtures';

describe('readWav on a Graph-ready prompt', () => {
  it('reports 16 kHz mono 16-bit PCM', () => {
    expect(readWav(wav(16000))).toEqual({
      ok: true,
      format: { audioFormat: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 },
      durationMs: 1000,
    });
  });

  it.each([
    [16000, 1000],
    [8000, 500],
    [48000, 3000],
    [16, 1],
    [1, 0.0625],
    [0, 0],
  ])('gives %i sample frames an exact duration of %d ms', (frames, ms) => {
    const read = readWav(wav(frames));
    expect(read.ok && read.durationMs).toBe(ms);
  });

  it('counts whole sample frames only, ignoring a trailing odd byte', () => {
    const withHalfFrame = Buffer.concat([wav(16000), Buffer.alloc(1)]);
    withHalfFrame.writeUInt32LE(32001, 40);
    const read = readWav(withHalfFrame);
    expect(read.ok && read.durationMs).toBe(1000);
  });
});
