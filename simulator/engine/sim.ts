import { randomUUID } from 'node:crypto';
import type { SimClock } from '../clock';
import type { Faults } from '../faults';
import type { PromptLibrary, Recordings } from '../media';
import type { Directory } from '../world/directory';
import type { PstnLeg, SimCall, TeamsClient } from '../world/model';
import type { CallMedia } from './media-state';
import type { Notifier } from './notifier';

/** Durations and limits the simulator enforces, in simulated milliseconds. */
export interface SimSettings {
  /** An incoming call not answered, rejected or redirected within this is dropped (Graph: 15 s). */
  answerDeadlineMs: number;
  /** A notification not acknowledged with 2xx within this counts as not delivered (Graph: 5 s). */
  ackDeadlineMs: number;
  /** How long a transfer or a bot's call rings a Teams user before it counts as not answered. */
  ringMs: number;
  /** A call without a keepAlive for this long ends 408/8537 (Graph: 45 min). */
  keepAliveMs: number;
  /** Concurrent calls one app may hold (Graph: 100). */
  maxCallsPerApp: number;
  /** How long a phone the bot calls rings before the call fails as not answered. */
  pstnRingMs: number;
  /** Pause between the digits of one `dtmf` request, as a person presses them. */
  dtmfGapMs: number;
}

export const defaultSettings: SimSettings = {
  answerDeadlineMs: 15_000,
  ackDeadlineMs: 5_000,
  ringMs: 20_000,
  keepAliveMs: 45 * 60_000,
  maxCallsPerApp: 100,
  pstnRingMs: 60_000,
  dtmfGapMs: 150,
};

/** Everything the engine's facets share: the world's state and its collaborators. */
export interface Sim {
  clock: SimClock;
  settings: SimSettings;
  faults: Faults;
  directory: Directory;
  notifier: Notifier;
  prompts: PromptLibrary;
  recordings: Recordings;
  calls: Map<string, SimCall>;
  pstn: Map<string, PstnLeg>;
  clients: Map<string, TeamsClient>;
  media: Map<string, CallMedia>;
  /** Outbound phone lines still ringing, by leg id: the control API answers or refuses them. */
  ringingPhones: Map<string, { answer(): void; refuse(): void }>;
  baseUrl(): string;
}

export function newId(): string {
  return randomUUID();
}

export function isoNow(sim: Sim): string {
  return new Date(sim.clock.now()).toISOString();
}

/** The Teams client of a user, created on first use with the user available. */
export function clientOf(sim: Sim, userId: string): TeamsClient {
  const key = userId.toLowerCase();
  let client = sim.clients.get(key);
  if (!client) {
    client = {
      userId: key,
      chosen: { availability: 'Available', activity: 'Available' },
      rings: new Map(),
      inCall: undefined,
    };
    sim.clients.set(key, client);
  }
  return client;
}

/** Calls of an app that still hold a place in its concurrency limit. */
export function activeCallCount(sim: Sim, appId: string): number {
  let count = 0;
  for (const call of sim.calls.values()) if (call.appId === appId && call.state !== 'terminated') count++;
  return count;
}

/** Starts (or restarts) a named timer owned by a call; all of them die with the call. */
export function setCallTimer(sim: Sim, call: SimCall, name: string, simMs: number, fn: () => void): void {
  call.timers.get(name)?.cancel();
  call.timers.set(
    name,
    sim.clock.after(simMs, () => {
      call.timers.delete(name);
      fn();
    }),
  );
}

export function clearCallTimer(call: SimCall, name: string): void {
  call.timers.get(name)?.cancel();
  call.timers.delete(name);
}
