import { readWav } from '../../../../simulator/media';
import { chunk, dataChunk, fmtChunk, riff, wav } from './wav-fixtures';

describe('readWav on bytes that are not a playable WAV', () => {
  it.each<[string, Buffer, RegExp]>([
    ['an empty body', Buffer.alloc(0), /too short/],
    ['a header cut after 8 bytes', wav(100).subarray(0, 8), /too short/],
    [
      'an HTML error page',
      Buffer.from('<!doctype html><html><body>Not found</body></html>'),
      /not a RIFF file/,
    ],
    ['an MP3', Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00 mp3 frames follow', 'latin1'), /not a RIFF file/],
    ['a RIFF that is not WAVE', Buffer.from('RIFF\x04\x00\x00\x00AVI ', 'latin1'), /"AVI "/],
    ['a header cut inside the fmt chunk', wav(100).subarray(0, 30), /fmt chunk truncated/],
    ['a header cut inside a chunk header', wav(100).subarray(0, 16), /no fmt chunk \(file truncated\)/],
    ['a WAVE with no fmt', riff(dataChunk(100)), /^no fmt chunk$/],
    ['a WAVE with no data', riff(fmtChunk()), /^no data chunk$/],
    ['a fmt chunk shorter than 16 bytes', riff(chunk('fmt ', Buffer.alloc(12)), dataChunk(100)), /truncated/],
    ['zero channels', wav(100, { channels: 0 }), /0 channels/],
    ['zero sample rate', wav(100, { sampleRate: 0 }), /0 Hz/],
    ['an extensible fmt cut before its sub-format', cutExtensible(), /EXTENSIBLE fmt chunk truncated/],
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    const read = readWav(bytes);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });
});

function cutExtensible(): Buffer {
  const fmt = fmtChunk({ extensible: true });
  const short = chunk('fmt ', fmt.subarray(8, 8 + 20));
  return riff(short, dataChunk(100));
}
