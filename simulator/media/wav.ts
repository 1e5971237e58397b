/** The `fmt ` chunk fields that decide whether Graph can play a file. */
export interface WavFormat {
  /** The codec tag: 1 PCM, 3 IEEE float, 6 A-law, 7 µ-law… For WAVE_FORMAT_EXTENSIBLE, the sub-format's tag. */
  audioFormat: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
}

/** What `readWav` found: the format and the playing time, or why the bytes are not a WAV file. */
export type WavRead = { ok: true; format: WavFormat; durationMs: number } | { ok: false; reason: string };

const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;
/** Codecs where one block is one sample frame, so the duration follows from the data size alone. */
const FRAME_CODECS = new Set([PCM, IEEE_FLOAT, 6, 7]);
const CODEC_NAMES: Record<number, string> = {
  2: 'MS ADPCM',
  6: 'A-law',
  7: 'µ-law',
  17: 'IMA ADPCM',
  85: 'MP3',
};

/** Graph plays prompts only as WAV, mono, 16-bit PCM, 16 kHz (playPrompt's mediaInfo.uri rule). */
export const PROMPT_SAMPLE_RATE = 16000;

interface Fmt extends WavFormat {
  blockAlign: number;
  byteRate: number;
}

/**
 * Parses a RIFF/WAVE file by walking its chunks (any order, odd sizes padded, unknown chunks skipped).
 * A data chunk that claims more bytes than the file holds is read up to the end of the file, as players do.
 */
export function readWav(buf: Buffer): WavRead {
  if (buf.length < 12) return { ok: false, reason: `too short for a RIFF header (${buf.length} bytes)` };
  const riff = buf.toString('latin1', 0, 4);
  if (riff !== 'RIFF') return { ok: false, reason: `not a RIFF file (starts with ${JSON.stringify(riff)})` };
  const wave = buf.toString('latin1', 8, 12);
  if (wave !== 'WAVE') return { ok: false, reason: `RIFF form is ${JSON.stringify(wave)}, not "WAVE"` };

  let fmt: Fmt | undefined;
  let dataBytes: number | undefined;
  let offset = 12;
  while (offset + 8 <= buf.length && (fmt === undefined || dataBytes === undefined)) {
    const id = buf.toString('latin1', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const start = offset + 8;
    const available = Math.min(size, buf.length - start);
    if (id === 'fmt ') {
      if (available < 16) return { ok: false, reason: `fmt chunk truncated (${available} of 16 bytes)` };
      const parsed = parseFmt(buf.subarray(start, start + available));
      if (typeof parsed === 'string') return { ok: false, reason: parsed };
      fmt = parsed;
    } else if (id === 'data') {
      dataBytes = available;
    }
    offset = start + size + (size % 2);
  }
  const cut = offset === buf.length ? '' : ' (file truncated)';
  if (fmt === undefined) return { ok: false, reason: `no fmt chunk${cut}` };
  if (dataBytes === undefined) return { ok: false, reason: `no data chunk${cut}` };
  const { blockAlign, byteRate, ...format } = fmt;
  const durationMs = FRAME_CODECS.has(format.audioFormat)
    ? (Math.floor(dataBytes / blockAlign) * 1000) / format.sampleRate
    : (dataBytes * 1000) / byteRate;
  return { ok: true, format, durationMs };
}

function parseFmt(body: Buffer): Fmt | string {
  let audioFormat = body.readUInt16LE(0);
  const channels = body.readUInt16LE(2);
  const sampleRate = body.readUInt32LE(4);
  const byteRate = body.readUInt32LE(8);
  const bitsPerSample = body.readUInt16LE(14);
  if (audioFormat === EXTENSIBLE) {
    // WAVEFORMATEXTENSIBLE: cbSize(2) validBits(2) channelMask(4), then a GUID whose first 2 bytes are the tag.
    if (body.length < 26) return `WAVE_FORMAT_EXTENSIBLE fmt chunk truncated (${body.length} of 40 bytes)`;
    audioFormat = body.readUInt16LE(24);
  }
  if (channels === 0) return 'fmt chunk says 0 channels';
  if (sampleRate === 0) return 'fmt chunk says 0 Hz';
  const blockAlign = body.readUInt16LE(12) || channels * Math.ceil(bitsPerSample / 8);
  if (blockAlign === 0) return 'fmt chunk says 0 bytes per sample frame';
  if (!FRAME_CODECS.has(audioFormat) && byteRate === 0) return 'fmt chunk says 0 bytes per second';
  return { audioFormat, channels, sampleRate, bitsPerSample, blockAlign, byteRate };
}

/**
 * Names every way `format` breaks Graph's prompt rule (mono, 16-bit PCM, 16 kHz), or undefined if it fits.
 * @example promptFormatProblem({ audioFormat: 1, channels: 2, sampleRate: 8000, bitsPerSample: 16 })
 * // 'stereo (2 channels), expected mono; 8000 Hz, expected 16000 Hz'
 */
export function promptFormatProblem(format: WavFormat): string | undefined {
  const problems: string[] = [];
  if (format.audioFormat === IEEE_FLOAT) {
    problems.push(`${format.bitsPerSample}-bit IEEE float, expected 16-bit PCM`);
  } else if (format.audioFormat !== PCM) {
    const tag = `0x${format.audioFormat.toString(16).padStart(4, '0')}`;
    const name = CODEC_NAMES[format.audioFormat];
    problems.push(`${name ? `${name} (format ${tag})` : `format ${tag}`}, expected 16-bit PCM`);
  } else if (format.bitsPerSample !== 16) {
    problems.push(`${format.bitsPerSample}-bit, expected 16-bit PCM`);
  }
  if (format.channels !== 1) {
    const what = format.channels === 2 ? 'stereo (2 channels)' : `${format.channels} channels`;
    problems.push(`${what}, expected mono`);
  }
  if (format.sampleRate !== PROMPT_SAMPLE_RATE) {
    problems.push(`${format.sampleRate} Hz, expected ${PROMPT_SAMPLE_RATE} Hz`);
  }
  return problems.length > 0 ? problems.join('; ') : undefined;
}

/** Options for `makeWav`; without `toneHz` the audio is silence, which costs nothing to write. */
export interface MakeWavOptions {
  durationMs: number;
  sampleRate?: number;
  toneHz?: number;
}

/** Writes a 44-byte-header WAV of 16-bit mono PCM: a quiet sine at `toneHz`, or silence. */
export function makeWav({ durationMs, sampleRate = PROMPT_SAMPLE_RATE, toneHz }: MakeWavOptions): Buffer {
  const frames = Math.max(0, Math.round((durationMs * sampleRate) / 1000));
  const buf = Buffer.alloc(44 + frames * 2);
  buf.write('RIFF', 0, 'latin1');
  buf.writeUInt32LE(36 + frames * 2, 4);
  buf.write('WAVEfmt ', 8, 'latin1');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(PCM, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'latin1');
  buf.writeUInt32LE(frames * 2, 40);
  if (toneHz !== undefined && toneHz > 0) {
    const step = (2 * Math.PI * toneHz) / sampleRate;
    for (let i = 0; i < frames; i++) buf.writeInt16LE(Math.round(3000 * Math.sin(step * i)), 44 + i * 2);
  }
  return buf;
}
