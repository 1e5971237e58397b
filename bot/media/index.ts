/**
 * @module
 * Prompt audio for Graph's service-hosted media: the shipped prompts (`prompts/*.wav`, made by
 * `scripts/make-prompts.sh`) and the operator's own WAV files, checked to be what Graph plays (WAV 16 kHz mono
 * 16-bit PCM), turned into `mediaInfo` ({ uri, resourceId }) and served at `/media/...`.
 *
 * @example
 * const prompts = await PromptCatalog.load();
 * const problems = await prompts.addCustomFiles(contactCenterPrompts, configDir); // PromptError[]
 * app.use(mediaRoutes(prompts));
 * prompts.resolvePrompt(prompt, { mediaBaseUrl: env.botEndpoint, configDir });
 */

export type { MediaRequest, MediaResponse } from './media-routes';
export { handleMediaRequest, mediaRoutes } from './media-routes';
export type { PromptAudio } from './prompt-audio';
export { MAX_PROMPT_BYTES } from './prompt-audio';
export type { CustomPrompt, MediaInfo, ResolveOptions, ShippedPrompt } from './prompt-catalog';
export { PromptCatalog, SHIPPED_PROMPTS_DIR } from './prompt-catalog';
export type { PromptErrorReason } from './prompt-error';
export { PromptError } from './prompt-error';
export type { WavFormat, WavHeader } from './wav-header';
export { GRAPH_PROMPT_FORMAT, graphFormatProblem, readWavHeader } from './wav-header';
