/** WAV bytes made by hand for the media tests: each test says exactly which header it feeds the bot. */

export interface WavFixture {
  formatTag?: number;
  channels?: number;
  sampleRate?: number;
  bitsPerSample?: number;
  /** Sample frames of audio (a quiet ramp, so the bytes are not all zero). */
  frames?: number;
  /** Write WAVE_FORMAT_EXTENSIBLE with `formatTag` as the sub-format. */
  extensible?: boolean;
  /** Chunks written before `fmt ` (e.g. a LIST chunk), as [id, body]. */
  before?: [string, Buffer][];
}

/** A RIFF/WAVE file; 16 kHz mono 16-bit PCM, 0.5 s, unless told otherwise. */
export function makeWav(fixture: WavFixture = {}): Buffer {
  const { formatTag = 1, channels = 1, sampleRate = 16_000, bitsPerSample = 16, frames = 8_000 } = fixture;
  const blockAlign = channels * (bitsPerSample / 8);
  const fmt = Buffer.alloc(fixture.extensible ? 40 : 16);
  fmt.writeUInt16LE(fixture.extensible ? 0xfffe : formatTag, 0);
  fmt.writeUInt16LE(channels, 2);
  fmt.writeUInt32LE(sampleRate, 4);
  fmt.writeUInt32LE(sampleRate * blockAlign, 8);
  fmt.writeUInt16LE(blockAlign, 12);
  fmt.writeUInt16LE(bitsPerSample, 14);
  if (fixture.extensible) {
    fmt.writeUInt16LE(22, 16);
    fmt.writeUInt16LE(bitsPerSample, 18);
    fmt.writeUInt16LE(formatTag, 24);
  }
  const data = Buffer.alloc(frames * blockAlign);
  for (let i = 0; i + 1 < data.length; i += 2) data.writeInt16LE(i % 2000, i);
  const chunks = [
    ...(fixture.before ?? []),
    ['fmt ', fmt] as [string, Buffer],
    ['data', data] as [string, Buffer],
  ];
  return riff(chunks);
}

/** `RIFF` + size + `WAVE` around [id, body] chunks, each padded to an even size. */
export function riff(chunks: [string, Buffer][]): Buffer {
  const parts = chunks.flatMap(([id, body]) => {
    const header = Buffer.alloc(8);
    header.write(id, 0, 'latin1');
    header.writeUInt32LE(body.length, 4);
    return [header, body, Buffer.alloc(body.length % 2)];
  });
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WAVE', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** The 16-bit samples of a WAV file whose data chunk, `dataBytes` long, comes last (as sox writes it). */
export function samplesOf(wav: Buffer, dataBytes: number): Int16Array {
  const data = wav.subarray(wav.length - dataBytes);
  return new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
}
