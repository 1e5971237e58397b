import { z } from 'zod';
import { show } from './config-problem';
import { parseUrl } from './loopback';

/**
 * A prompt the caller hears, written as a string: the name of a shipped prompt (`welcome`), an http(s) URL of
 * a WAV file, or a path to a `.wav` file relative to the contact-center file. Graph plays WAV 16 kHz mono
 * 16-bit only; the server checks the audio itself.
 */
export const PromptSchema = z
  .string()
  .trim()
  .min(1)
  .transform((ref, ctx) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
      const url = parseUrl(ref);
      if (url && (url.protocol === 'https:' || url.protocol === 'http:'))
        return { kind: 'url' as const, url: ref };
    } else if (/\.wav$/i.test(ref)) {
      return { kind: 'file' as const, path: ref };
    } else if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ref)) {
      return { kind: 'shipped' as const, name: ref };
    }
    ctx.addIssue({
      code: 'custom',
      message: `expected a shipped prompt name (like "welcome"), an https URL or a .wav file path, got ${show(ref)}`,
    });
    return z.NEVER;
  })
  .meta({
    id: 'Prompt',
    description:
      'A shipped prompt name (welcome), an http(s) URL of a WAV file, or a .wav path relative to this file.',
  });

/** A prompt after validation: shipped (by name), a URL Graph fetches, or a local file the server serves. */
export type Prompt = z.infer<typeof PromptSchema>;
