import { promptFormatProblem, readWav } from '../../../../simulator/media';
import { type FmtFields, wav } from './wav-fixtures';

describe('readWav and promptFormatProblem on files Graph will not play', () => {
  it.each<[string, FmtFields, string]>([
    ['stereo', { channels: 2 }, 'stereo (2 channels), expected mono'],
    ['6 channels', { channels: 6 }, '6 channels, expected mono'],
    ['8 kHz', { sampleRate: 8000 }, '8000 Hz, expected 16000 Hz'],
    ['44.1 kHz', { sampleRate: 44100 }, '44100 Hz, expected 16000 Hz'],
    ['8-bit', { bitsPerSample: 8 }, '8-bit, expected 16-bit PCM'],
    ['24-bit', { bitsPerSample: 24 }, '24-bit, expected 16-bit PCM'],
    ['32-bit float', { audioFormat: 3, bitsPerSample: 32 }, '32-bit IEEE float, expected 16-bit PCM'],
    ['µ-law', { audioFormat: 7, bitsPerSample: 8 }, 'µ-law (format 0x0007), expected 16-bit PCM'],
  ])('names the problem with a %s file', (_name, fields, problem) => {
    const read = readWav(wav(800, fields));
    if (!read.ok) throw new Error(read.reason);
    expect(read.format).toEqual({
      audioFormat: fields.audioFormat ?? 1,
      channels: fields.channels ?? 1,
      sampleRate: fields.sampleRate ?? 16000,
      bitsPerSample: fields.bitsPerSample ?? 16,
    });
    expect(promptFormatProblem(read.format)).toBe(problem);
  });

  it('names every problem of a file that breaks several rules', () => {
    const format = { audioFormat: 1, channels: 2, sampleRate: 8000, bitsPerSample: 8 };
    expect(promptFormatProblem(format)).toBe(
      '8-bit, expected 16-bit PCM; stereo (2 channels), expected mono; 8000 Hz, expected 16000 Hz',
    );
  });

  it('finds nothing wrong with 16 kHz mono 16-bit PCM', () => {
    expect(
      promptFormatProblem({ audioFormat: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 }),
    ).toBeUndefined();
  });

  it('times a stereo file by sample frames, not bytes', () => {
    const read = readWav(wav(16000, { channels: 2 }));
    expect(read.ok && read.durationMs).toBe(1000);
  });
});
