/**
 * @module
 * The audio side of the simulated Graph service-hosted media: checking prompt WAV files the way Graph does
 * (mono, 16-bit PCM, 16 kHz), fetching and caching prompts by resourceId, and serving recordResponse
 * recordings behind their access token. It shares no code with `src/` or `bot/`.
 */
export type { PrefetchItem, PromptLibrary, PromptLibraryOptions, PromptLoad } from './prompt-library';
export { createPromptLibrary } from './prompt-library';
export type { Recording, Recordings, RecordingsOptions } from './recordings';
export { createRecordings } from './recordings';
export type { MakeWavOptions, WavFormat, WavRead } from './wav';
export { makeWav, PROMPT_SAMPLE_RATE, promptFormatProblem, readWav } from './wav';
