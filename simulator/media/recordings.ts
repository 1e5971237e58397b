import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { SimClock, Timer } from '../clock';
import { graphError } from '../http/graph-error';
import type { Route } from '../http/types';
import { makeWav } from './wav';

/** What a completed recordOperation tells the bot: where the file is and the token to fetch it with. */
export interface Recording {
  id: string;
  recordingLocation: string;
  recordingAccessToken: string;
}

/** Options for `createRecordings`. */
export interface RecordingsOptions {
  /** The simulator's public base URL, read when a recording is created (the port may be known late). */
  baseUrl: () => string;
  clock: SimClock;
  /** Simulated milliseconds a recording stays downloadable after `expire`; 3 minutes unless set. */
  graceMs?: number;
}

/** The recordResponse files of the simulated media service and the route that serves them. */
export interface Recordings {
  /** Stores a recording of `durationMs` (capped at Graph's 2 minutes) and returns its location and token. */
  create(options: { durationMs: number; toneHz?: number; callId?: string }): Recording;
  /** The call ended: the recording is discarded after the grace period. Unknown ids are ignored. */
  expire(id: string): void;
  /** The call ended: every recording created with this `callId` is discarded after the grace period. */
  expireCall(callId: string): void;
  /** `GET /_media/recordings/:id`, to add to the simulator's router. */
  routes: Array<[method: string, pattern: string, route: Route]>;
}

/** Graph caps recordResponse at `maxRecordDurationInSeconds` 120. */
const MAX_RECORDING_MS = 120_000;

/** The audio is made on download, so a stored recording costs a few bytes, not up to 3.8 MB. */
interface Stored {
  token: string;
  durationMs: number;
  toneHz: number | undefined;
  callId: string | undefined;
  discard?: Timer;
}

/**
 * Creates the recording store. Downloads need `Authorization: Bearer {recordingAccessToken}` and answer
 * `application/octet-stream` WAV bytes, as Graph's recording location does.
 * @example const recordings = createRecordings({ baseUrl: () => server.url, clock })
 */
export function createRecordings({ baseUrl, clock, graceMs = 3 * 60_000 }: RecordingsOptions): Recordings {
  const stored = new Map<string, Stored>();

  const download: Route = (req, params) => {
    const recording = stored.get(params.id ?? '');
    if (!recording) return graphError(404, 'itemNotFound', 'The recording does not exist or was discarded.');
    if (!bearerMatches(req.headers.authorization, recording.token)) {
      const message = 'The recording access token is missing or wrong.';
      return graphError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': 'Bearer' });
    }
    const wav = makeWav({ durationMs: recording.durationMs, toneHz: recording.toneHz });
    return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: wav };
  };

  function expire(id: string): void {
    const recording = stored.get(id);
    if (!recording || recording.discard) return;
    recording.discard = clock.after(graceMs, () => stored.delete(id));
  }

  return {
    create({ durationMs, toneHz, callId }) {
      const id = randomUUID();
      const token = randomBytes(32).toString('base64url');
      const capped = Math.min(Math.max(0, durationMs), MAX_RECORDING_MS);
      stored.set(id, { token, durationMs: capped, toneHz, callId });
      const base = baseUrl().replace(/\/+$/, '');
      return { id, recordingLocation: `${base}/_media/recordings/${id}`, recordingAccessToken: token };
    },
    expire,
    expireCall(callId) {
      for (const [id, recording] of stored) if (recording.callId === callId) expire(id);
    },
    routes: [['GET', '/_media/recordings/:id', download]],
  };
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
