/** Builders for hand-made RIFF/WAVE files, so each test states exactly which bytes it feeds `readWav`. */

export interface FmtFields {
  audioFormat?: number;
  channels?: number;
  sampleRate?: number;
  bitsPerSample?: number;
  /** Write WAVE_FORMAT_EXTENSIBLE (tag 0xFFFE) with `audioFormat` as the sub-format. */
  extensible?: boolean;
}

/** One RIFF chunk: id, little-endian size, body, and a pad byte when the size is odd. */
export function chunk(id: string, body: Buffer, declaredSize = body.length): Buffer {
  const header = Buffer.alloc(8);
  header.write(id, 0, 'latin1');
  header.writeUInt32LE(declaredSize, 4);
  return Buffer.concat([header, body, Buffer.alloc(body.length % 2)]);
}

/** A `fmt ` chunk; 16 kHz mono 16-bit PCM unless told otherwise. */
export function fmtChunk(fields: FmtFields = {}): Buffer {
  const {
    audioFormat = 1,
    channels = 1,
    sampleRate = 16000,
    bitsPerSample = 16,
    extensible = false,
  } = fields;
  const blockAlign = channels * Math.ceil(bitsPerSample / 8);
  const body = Buffer.alloc(extensible ? 40 : 16);
  body.writeUInt16LE(extensible ? 0xfffe : audioFormat, 0);
  body.writeUInt16LE(channels, 2);
  body.writeUInt32LE(sampleRate, 4);
  body.writeUInt32LE(sampleRate * blockAlign, 8);
  body.writeUInt16LE(blockAlign, 12);
  body.writeUInt16LE(bitsPerSample, 14);
  if (extensible) {
    body.writeUInt16LE(22, 16);
    body.writeUInt16LE(bitsPerSample, 18);
    body.writeUInt32LE(channels === 1 ? 0x4 : 0x3, 20);
    // KSDATAFORMAT_SUBTYPE_*: {0000xxxx-0000-0010-8000-00aa00389b71}
    body.writeUInt16LE(audioFormat, 24);
    Buffer.from('000000001000800000aa00389b71', 'hex').copy(body, 26);
  }
  return chunk('fmt ', body);
}

/** A `data` chunk of `frames` silent sample frames for the given format. */
export function dataChunk(frames: number, fields: FmtFields = {}): Buffer {
  const { channels = 1, bitsPerSample = 16 } = fields;
  return chunk('data', Buffer.alloc(frames * channels * Math.ceil(bitsPerSample / 8)));
}

/** `RIFF` + size + `WAVE` around the given chunks. */
export function riff(...chunks: Buffer[]): Buffer {
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WAVE', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** A plain WAV: fmt then data. */
export function wav(frames: number, fields: FmtFields = {}): Buffer {
  return riff(fmtChunk(fields), dataChunk(frames, fields));
}
