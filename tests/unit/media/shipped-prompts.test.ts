import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PromptCatalog, readWavHeader, SHIPPED_PROMPTS_DIR } from '../../../bot/media';
import {
  digitClips,
  positionAnnouncement,
  waitAnnouncement,
  waitedAnnouncement,
} from '../../../src/calls/announcement';
import type { Prompt } from '../../../src/config';
import { samplesOf } from './wav-fixtures';

const files = readdirSync(SHIPPED_PROMPTS_DIR).filter((file) => file.endsWith('.wav'));
const speech = files.filter((file) => file !== 'music-on-hold.wav');
const dbfs = (sample: number) => 20 * Math.log10(Math.abs(sample) / 32768);

let catalog: PromptCatalog;
beforeAll(async () => {
  catalog = await PromptCatalog.load();
});

describe('the shipped prompts', () => {
  it('are listed by the catalog exactly as the WAV files on disk', () => {
    expect(catalog.names).toEqual(files.map((file) => file.slice(0, -4)).sort());
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s is WAV PCM 16-bit mono 16 kHz, and the catalog has its real duration', (file) => {
    const bytes = readFileSync(join(SHIPPED_PROMPTS_DIR, file));
    const header = readWavHeader(bytes);
    expect(header).toMatchObject({
      ok: true,
      format: { formatTag: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16 },
    });
    const durationMs = header.ok ? header.dataBytes / 32 : Number.NaN;
    expect(catalog.shipped(file.slice(0, -4))?.durationMs).toBe(durationMs);
    expect(durationMs).toBeGreaterThan(200);
  });

  it.each(speech)('%s is speech of a sane length, trimmed, at a normalised level', (file) => {
    const bytes = readFileSync(join(SHIPPED_PROMPTS_DIR, file));
    const header = readWavHeader(bytes);
    if (!header.ok) throw new Error(header.reason);
    const samples = samplesOf(bytes, header.dataBytes);
    expect(header.durationMs).toBeLessThan(12_000);
    const peak = samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
    expect(dbfs(peak)).toBeGreaterThan(-4);
    expect(dbfs(peak)).toBeLessThan(-2);
    // At most the padding the script adds of silence at each end (0.1 s before, 0.3 s after, plus a margin).
    const audible = (sample: number) => Math.abs(sample) > 100;
    expect(samples.findIndex(audible) / 16).toBeLessThan(200);
    expect((samples.length - 1 - samples.findLastIndex(audible)) / 16).toBeLessThan(400);
  });

  it('include every prompt the issues name for the caller, the callback, voicemail and the whisper', () => {
    const named = [
      'welcome',
      'main-menu',
      'invalid-choice',
      'no-input',
      'goodbye',
      'closed',
      'holiday',
      'queue-full',
      'max-wait',
      'transferring',
      'all-agents-busy',
      'position-you-are',
      'position-in-line',
      'wait-about',
      'wait-minutes',
      'wait-minute',
      'wait-less-than-a-minute',
      'callback-offer',
      'callback-confirm-number',
      'callback-enter-number',
      'callback-confirmed',
      'callback-greeting',
      'voicemail-offer',
      'voicemail-record',
      'voicemail-thanks',
      'whisper-call-from',
      'whisper-queue',
      'whisper-waited',
      'whisper-vip',
      'music-on-hold',
      'number-hundred',
      ...[...Array(21).keys()].map((n) => `number-${n}`),
      ...[30, 40, 50, 60, 70, 80, 90].map((n) => `number-${n}`),
    ];
    expect(named.filter((name) => !catalog.shipped(name))).toEqual([]);
  });

  it('include every clip an announcement can be built from', () => {
    const prompts: Prompt[] = [
      ...[...Array(1001).keys()].flatMap((n) => positionAnnouncement(n + 1)),
      ...[...Array(3700).keys()].flatMap((seconds) => [
        ...waitAnnouncement(seconds),
        ...waitedAnnouncement(seconds),
      ]),
      ...digitClips('0123456789'),
    ];
    const names = new Set(prompts.map((prompt) => (prompt.kind === 'shipped' ? prompt.name : '')));
    expect([...names].filter((name) => !catalog.shipped(name))).toEqual([]);
  });

  it('stay modest in size', () => {
    const bytes = files.reduce((sum, file) => sum + statSync(join(SHIPPED_PROMPTS_DIR, file)).size, 0);
    expect(bytes).toBeLessThan(6_000_000);
  });
});

describe('the music on hold', () => {
  const bytes = readFileSync(join(SHIPPED_PROMPTS_DIR, 'music-on-hold.wav'));
  const header = readWavHeader(bytes);
  const samples = header.ok ? samplesOf(bytes, header.dataBytes) : new Int16Array();
  const at = (i: number) => samples[(i + samples.length) % samples.length] ?? 0;
  const rms = (from: number, to: number) => {
    let sum = 0;
    for (let i = from; i < to; i++) sum += at(i) ** 2;
    return Math.sqrt(sum / (to - from));
  };

  it('plays 20 to 40 seconds', () => {
    expect(header.ok && header.durationMs).toBeGreaterThanOrEqual(20_000);
    expect(header.ok && header.durationMs).toBeLessThanOrEqual(40_000);
  });

  it('loops without a click: the jump from its end to its start is like any step inside it', () => {
    // The curvature (second difference) across the seam, against the largest anywhere in the piece.
    const curvature = (i: number) => Math.abs(at(i - 1) - 2 * at(i) + at(i + 1));
    let largest = 0;
    for (let i = 1; i < samples.length - 1; i++) largest = Math.max(largest, curvature(i));
    expect(curvature(0)).toBeLessThanOrEqual(largest);
    expect(curvature(samples.length - 1)).toBeLessThanOrEqual(largest);
  });

  it('loops without a gap: as loud across the seam as on average', () => {
    const whole = rms(0, samples.length);
    expect(rms(-8000, 8000) / whole).toBeGreaterThan(0.5);
    expect(rms(-8000, 8000) / whole).toBeLessThan(2);
  });

  it('is quieter than the speech, at a comfortable level', () => {
    const peak = samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
    expect(dbfs(peak)).toBeLessThan(-10);
    expect(dbfs(rms(0, samples.length))).toBeGreaterThan(-32);
  });

  it("can never be taken for a key press: nothing in DTMF's high group (1209-1633 Hz)", () => {
    // Goertzel over 50 ms windows, as a DTMF detector listens: the share of each window's energy at a tone.
    const window = 800;
    const share = (hz: number, from: number) => {
      const coefficient = 2 * Math.cos((2 * Math.PI * hz) / 16_000);
      let [s1, s2, energy] = [0, 0, 0];
      for (let i = from; i < from + window; i++) {
        [s1, s2] = [at(i) + coefficient * s1 - s2, s1];
        energy += at(i) ** 2;
      }
      return energy === 0 ? 0 : (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / ((window / 2) * energy);
    };
    for (const hz of [1209, 1336, 1477, 1633]) {
      let most = 0;
      for (let from = 0; from + window <= samples.length; from += window / 2)
        most = Math.max(most, share(hz, from));
      expect({ hz, most: most < 0.001 }).toEqual({ hz, most: true });
    }
  });
});
