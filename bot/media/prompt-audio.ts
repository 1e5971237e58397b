import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { PromptError, type PromptErrorReason } from './prompt-error';
import { graphFormatProblem, readWavHeader } from './wav-header';

/** A WAV file Graph can play, read once and kept: its bytes, playing time and content hash. */
export interface PromptAudio {
  /** Absolute path of the file. */
  file: string;
  bytes: Buffer;
  durationMs: number;
  /** SHA-256 of the bytes, hex: the ETag, and part of the Graph cache key, so changed audio is fetched anew. */
  sha256: string;
}

/** The largest prompt file kept in memory: 10 minutes of 16 kHz 16-bit mono, longer than any prompt needs. */
export const MAX_PROMPT_BYTES = 10 * 60 * 16_000 * 2 + 4096;

/**
 * Reads `file` and checks that Graph can play it (WAV, PCM 16-bit, mono, 16 kHz, some audio), or throws a
 * `PromptError` naming the file and what is wrong.
 * @example await readPromptAudio('/etc/switchboard/prompts/welcome.wav')
 */
export async function readPromptAudio(file: string): Promise<PromptAudio> {
  const fail = (reason: PromptErrorReason, detail: string, cause?: unknown) =>
    new PromptError(reason, file, `prompt file ${file}: ${detail}`, { cause });
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > MAX_PROMPT_BYTES) {
      throw fail(
        'tooLarge',
        `${megabytes(size)}, more than the ${megabytes(MAX_PROMPT_BYTES)} (10 minutes) a prompt may be`,
      );
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof PromptError) throw error;
    const code = (error as { code?: unknown }).code;
    throw fail(
      'unreadable',
      code === 'ENOENT' ? 'does not exist' : `cannot be read (${String(code ?? error)})`,
      error,
    );
  }
  const header = readWavHeader(bytes);
  if (!header.ok) throw fail('notWav', header.reason);
  const problem = graphFormatProblem(header.format);
  if (problem !== undefined)
    throw fail('wrongFormat', `${problem} (Graph plays WAV 16 kHz mono 16-bit PCM only)`);
  if (header.durationMs === 0) throw fail('wrongFormat', 'no audio (the data chunk is empty)');
  return {
    file,
    bytes,
    durationMs: header.durationMs,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
