/** The `fmt ` fields that decide whether Graph can play a WAV file. */
export interface WavFormat {
  /** 1 = PCM, 3 = IEEE float, 6 = A-law, 7 = µ-law…; for WAVE_FORMAT_EXTENSIBLE, the sub-format's tag. */
  formatTag: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
}

/** A WAV header read: its format and how long the audio plays, or why the bytes are not a WAV file. */
export type WavHeader =
  | { ok: true; format: WavFormat; dataBytes: number; durationMs: number }
  | { ok: false; reason: string };

/** Graph's service-hosted media plays prompts only as WAV, PCM 16-bit, mono, 16 kHz. */
export const GRAPH_PROMPT_FORMAT: WavFormat = {
  formatTag: 1,
  channels: 1,
  sampleRate: 16_000,
  bitsPerSample: 16,
};

const EXTENSIBLE = 0xfffe;

/**
 * Reads a RIFF/WAVE header by walking its chunks (any order, odd sizes padded, unknown chunks such as `LIST`
 * skipped) up to the `data` chunk. The duration assumes one block per sample frame, as in PCM.
 * @example readWavHeader(await readFile('welcome.wav')) // { ok: true, format: {...}, durationMs: 3495 }
 */
export function readWavHeader(bytes: Buffer): WavHeader {
  if (bytes.length < 12) return { ok: false, reason: `too short for a WAV header (${bytes.length} bytes)` };
  if (bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WAVE') {
    return { ok: false, reason: 'not a WAV file (no RIFF/WAVE header)' };
  }
  let format: (WavFormat & { blockAlign: number }) | undefined;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = bytes.subarray(offset + 8, offset + 8 + size);
    if (id === 'fmt ') {
      if (body.length < 16) return { ok: false, reason: 'fmt chunk is truncated' };
      format = readFmt(body);
      if (format === undefined) return { ok: false, reason: 'fmt chunk is truncated' };
    } else if (id === 'data') {
      if (format === undefined) return { ok: false, reason: 'data chunk comes before any fmt chunk' };
      if (format.blockAlign === 0 || format.sampleRate === 0) {
        return { ok: false, reason: 'fmt chunk says 0 bytes per frame or 0 Hz' };
      }
      const { blockAlign, ...wavFormat } = format;
      const durationMs = (Math.floor(body.length / blockAlign) * 1000) / format.sampleRate;
      return { ok: true, format: wavFormat, dataBytes: body.length, durationMs };
    }
    offset += 8 + size + (size % 2);
  }
  return { ok: false, reason: format === undefined ? 'no fmt chunk' : 'no data chunk' };
}

function readFmt(body: Buffer): (WavFormat & { blockAlign: number }) | undefined {
  const tag = body.readUInt16LE(0);
  // WAVE_FORMAT_EXTENSIBLE keeps the real format tag in the first two bytes of its sub-format GUID.
  if (tag === EXTENSIBLE && body.length < 26) return undefined;
  return {
    formatTag: tag === EXTENSIBLE ? body.readUInt16LE(24) : tag,
    channels: body.readUInt16LE(2),
    sampleRate: body.readUInt32LE(4),
    blockAlign: body.readUInt16LE(12),
    bitsPerSample: body.readUInt16LE(14),
  };
}

/**
 * Says every way `format` differs from what Graph plays, or undefined when Graph can play it.
 * @example graphFormatProblem({ formatTag: 1, channels: 2, sampleRate: 44100, bitsPerSample: 16 })
 * // 'stereo (2 channels), expected mono; 44100 Hz, expected 16000 Hz'
 */
export function graphFormatProblem(format: WavFormat): string | undefined {
  const expected = GRAPH_PROMPT_FORMAT;
  const problems: string[] = [];
  if (format.formatTag !== expected.formatTag) {
    const tag = `0x${format.formatTag.toString(16).padStart(4, '0')}`;
    problems.push(`${format.formatTag === 3 ? 'IEEE float' : `encoding ${tag}`}, expected 16-bit PCM`);
  } else if (format.bitsPerSample !== expected.bitsPerSample) {
    problems.push(`${format.bitsPerSample}-bit, expected 16-bit PCM`);
  }
  if (format.channels !== expected.channels) {
    problems.push(
      `${format.channels === 2 ? 'stereo (2 channels)' : `${format.channels} channels`}, expected mono`,
    );
  }
  if (format.sampleRate !== expected.sampleRate) {
    problems.push(`${format.sampleRate} Hz, expected ${expected.sampleRate} Hz`);
  }
  return problems.length > 0 ? problems.join('; ') : undefined;
}
