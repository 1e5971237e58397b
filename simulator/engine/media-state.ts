import type { Timer } from '../clock';
import type { HeardPrompt } from '../world/model';

/** A queued media operation of a call: playPrompt or recordResponse, played strictly in order. */
export interface MediaOperation {
  id: string;
  kind: 'playPrompt' | 'record';
  clientContext: string | undefined;
  prompts: { uri: string; resourceId?: string }[];
  /** recordResponse parameters (seconds, Graph's defaults applied). */
  record?: { maxRecordSeconds: number; playBeep: boolean; stopTones: string[] };
}

/** What is playing on a call right now and what waits. */
export interface CallMedia {
  queue: MediaOperation[];
  current?: { op: MediaOperation; heard?: HeardPrompt; timer?: Timer; recordStartedAt?: number };
  hold?: { opId: string; uri?: string; heard?: HeardPrompt; timer?: Timer };
}
