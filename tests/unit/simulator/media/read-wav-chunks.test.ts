import { readWav } from '../../../../simulator/media';
import { chunk, dataChunk, fmtChunk, riff, wav } from './wav-fixtures';

const PROMPT_FORMAT = { audioFormat: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 };

describe('readWav walking RIFF chunks', () => {
  it('finds fmt after a LIST chunk of odd size, skipping its pad byte', () => {
    const list = chunk('LIST', Buffer.from('INFOISFT\x05\x00\x00\x00Lavf\x00', 'latin1'));
    expect(list.readUInt32LE(4)).toBe(17);
    const read = readWav(riff(list, fmtChunk(), dataChunk(16000)));
    expect(read).toEqual({ ok: true, format: PROMPT_FORMAT, durationMs: 1000 });
  });

  it('skips unknown chunks between fmt and data', () => {
    const fact = chunk('fact', Buffer.alloc(4));
    const bext = chunk('bext', Buffer.alloc(7));
    const read = readWav(riff(fmtChunk(), fact, bext, dataChunk(8000)));
    expect(read).toEqual({ ok: true, format: PROMPT_FORMAT, durationMs: 500 });
  });

  it('accepts data before fmt', () => {
    const read = readWav(riff(dataChunk(4000), fmtChunk()));
    expect(read).toEqual({ ok: true, format: PROMPT_FORMAT, durationMs: 250 });
  });

  it('reads the sub-format of WAVE_FORMAT_EXTENSIBLE as the codec', () => {
    const read = readWav(wav(16000, { extensible: true }));
    expect(read).toEqual({ ok: true, format: PROMPT_FORMAT, durationMs: 1000 });
  });

  it('reports an extensible float file as float', () => {
    const read = readWav(wav(16000, { extensible: true, audioFormat: 3, bitsPerSample: 32 }));
    expect(read.ok && read.format.audioFormat).toBe(3);
  });

  it('reads a data chunk that claims more bytes than the file holds up to the end of the file', () => {
    const data = chunk('data', Buffer.alloc(16000), 0xffffffff);
    const read = readWav(riff(fmtChunk(), data));
    expect(read).toEqual({ ok: true, format: PROMPT_FORMAT, durationMs: 500 });
  });

  it('reads a file cut off inside the data chunk up to the last whole frame', () => {
    const read = readWav(wav(16000).subarray(0, 44 + 8001));
    expect(read.ok && read.durationMs).toBe(250);
  });
});
