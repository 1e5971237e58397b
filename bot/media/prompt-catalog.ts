import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Prompt } from '../../src/config';
import { type PromptAudio, readPromptAudio } from './prompt-audio';
import { PromptError } from './prompt-error';

/** The folder of the shipped prompts, made by `scripts/make-prompts.sh`. */
export const SHIPPED_PROMPTS_DIR = join(__dirname, 'prompts');

/** A prompt that ships with Switchboard, referred to by name in the contact-center file. */
export interface ShippedPrompt extends PromptAudio {
  name: string;
  resourceId: string;
}

/** A WAV file of the operator's, named in the contact-center file and served under a content-hash id. */
export interface CustomPrompt extends PromptAudio {
  /** 32 hex digits of the content hash: the file's name under `/media/custom/`. */
  id: string;
  resourceId: string;
}

/** What Graph needs to play or pre-fetch a prompt (`mediaInfo`). */
export interface MediaInfo {
  uri: string;
  resourceId: string;
}

/** Where prompts are served from, and where relative prompt paths start. */
export interface ResolveOptions {
  /** The server's public base URL (`BOT_ENDPOINT`), which Graph fetches prompts from. */
  mediaBaseUrl: string;
  /** The contact-center file's folder. */
  configDir: string;
}

/** A shipped prompt's name, as the contact-center file writes it (`PromptSchema`): kebab-case. */
const PROMPT_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Every prompt the server can give Graph: the shipped ones, read once at start with their durations, and the
 * operator's own WAV files, checked and registered when the contact-center file is loaded. Holds the audio in
 * memory, so what is served always matches the hash that names it.
 * @example
 * const prompts = await PromptCatalog.load();
 * prompts.resolvePrompt({ kind: 'shipped', name: 'welcome' }, { mediaBaseUrl, configDir })
 * // { uri: 'https://bot.contoso.com/media/prompts/welcome.wav', resourceId: '…' }
 */
export class PromptCatalog {
  private readonly customById = new Map<string, CustomPrompt>();
  private readonly customByFile = new Map<string, CustomPrompt>();

  private constructor(private readonly shippedByName: ReadonlyMap<string, ShippedPrompt>) {}

  /** Reads every `*.wav` of `directory`; throws a `PromptError` if one is not a prompt Graph can play. */
  static async load(directory: string = SHIPPED_PROMPTS_DIR): Promise<PromptCatalog> {
    const names = (await readdir(directory))
      .filter((file) => file.endsWith('.wav'))
      .map((file) => file.slice(0, -'.wav'.length))
      .sort();
    const shipped = await Promise.all(
      names.map(async (name): Promise<ShippedPrompt> => {
        const path = join(directory, `${name}.wav`);
        if (!PROMPT_NAME.test(name)) {
          throw new PromptError('unknownName', path, `shipped prompt ${path}: name is not kebab-case`);
        }
        const audio = await readPromptAudio(path);
        return { ...audio, name, resourceId: resourceIdOf(`shipped:${name}:${audio.sha256}`) };
      }),
    );
    return new PromptCatalog(new Map(shipped.map((prompt) => [prompt.name, prompt])));
  }

  /** The shipped prompts' names, sorted: what the contact-center loader accepts as `shippedPrompts`. */
  get names(): string[] {
    return [...this.shippedByName.keys()];
  }

  /** A shipped prompt by name, or undefined. */
  shipped(name: string): ShippedPrompt | undefined {
    return this.shippedByName.get(name);
  }

  /** A registered custom file by its id (the hash in its URL), or undefined. */
  custom(id: string): CustomPrompt | undefined {
    return this.customById.get(id);
  }

  /**
   * Checks a WAV file of the operator's and serves it from now on; `path` is resolved from `configDir`.
   * Throws a `PromptError` naming the file and what is wrong (missing, not WAV, not 16 kHz mono 16-bit).
   */
  async addCustomFile(path: string, configDir = '.'): Promise<CustomPrompt> {
    const audio = await readPromptAudio(resolve(configDir, path));
    const id = audio.sha256.slice(0, 32);
    const prompt: CustomPrompt = { ...audio, id, resourceId: resourceIdOf(`file:${audio.sha256}`) };
    this.customById.set(id, prompt);
    this.customByFile.set(audio.file, prompt);
    return prompt;
  }

  /**
   * Registers every `file` prompt of `prompts` (the contact center's), checking them all; returns one
   * `PromptError` per bad file, none when all are served.
   */
  async addCustomFiles(prompts: Iterable<Prompt>, configDir: string): Promise<PromptError[]> {
    const paths = new Set<string>();
    for (const prompt of prompts) if (prompt.kind === 'file') paths.add(resolve(configDir, prompt.path));
    const results = await Promise.allSettled([...paths].map((path) => this.addCustomFile(path)));
    return results.flatMap((result) => {
      if (result.status === 'fulfilled') return [];
      if (result.reason instanceof PromptError) return [result.reason];
      throw result.reason;
    });
  }

  /**
   * The `mediaInfo` Graph plays `prompt` from. Shipped and custom prompts are served by this server under
   * `mediaBaseUrl`; a URL is given to Graph as it is. The resourceId is Graph's cache key, so it changes when
   * the audio does (for a URL, only when the URL does). Throws a `PromptError` for an unknown shipped name or
   * a file not registered with `addCustomFile`.
   */
  resolvePrompt(prompt: Prompt, { mediaBaseUrl, configDir }: ResolveOptions): MediaInfo {
    const base = mediaBaseUrl.replace(/\/+$/, '');
    switch (prompt.kind) {
      case 'shipped': {
        const shipped = this.shippedByName.get(prompt.name);
        if (!shipped) {
          throw new PromptError('unknownName', prompt.name, `no shipped prompt "${prompt.name}"`);
        }
        return { uri: `${base}/media/prompts/${shipped.name}.wav`, resourceId: shipped.resourceId };
      }
      case 'url':
        return { uri: prompt.url, resourceId: resourceIdOf(`url:${prompt.url}`) };
      case 'file': {
        const file = resolve(configDir, prompt.path);
        const custom = this.customByFile.get(file);
        if (!custom) {
          throw new PromptError(
            'notRegistered',
            file,
            `prompt file ${file} was not checked and registered at load`,
          );
        }
        return { uri: `${base}/media/custom/${custom.id}.wav`, resourceId: custom.resourceId };
      }
      default:
        return prompt satisfies never;
    }
  }

  /** How long a shipped or registered prompt plays, in ms; undefined for a URL (Graph fetches it). */
  durationMs(prompt: Prompt, configDir = '.'): number | undefined {
    if (prompt.kind === 'shipped') return this.shippedByName.get(prompt.name)?.durationMs;
    if (prompt.kind === 'file') return this.customByFile.get(resolve(configDir, prompt.path))?.durationMs;
    return undefined;
  }
}

/**
 * A stable GUID from `key` (RFC 9562 version 8, from its SHA-256). Graph documents `resourceId` as a string
 * but its examples and samples all use GUIDs, so a GUID is what is safe to send.
 */
function resourceIdOf(key: string): string {
  const hex = createHash('sha256').update(`switchboard:${key}`).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
