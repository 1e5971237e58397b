import type { HeardPrompt, SimCall } from '../world/model';
import { notifyCall, notifyOperation, resultInfoJson, results } from './calls';
import type { CallMedia, MediaOperation } from './media-state';
import { isoNow, newId, type Sim } from './sim';

const beepMs = 500;
/** Played when startHoldMusic names no custom prompt. */
const defaultHoldMusic = 'urn:simulator:default-hold-music';
const defaultHoldMusicMs = 30_000;

function mediaOf(sim: Sim, call: SimCall): CallMedia {
  let media = sim.media.get(call.id);
  if (!media) {
    media = { queue: [] };
    sim.media.set(call.id, media);
  }
  return media;
}

/** Records what the far end hears, on the call and on its phone line. */
function hear(sim: Sim, call: SimCall, entry: Omit<HeardPrompt, 'start' | 'cut'>): HeardPrompt {
  const heard: HeardPrompt = { ...entry, start: isoNow(sim), cut: false };
  if (call.peer.kind === 'pstn') sim.pstn.get(call.peer.legId)?.heard.push(heard);
  else {
    call.heard = call.heard ?? [];
    call.heard.push(heard);
  }
  return heard;
}

function finish(sim: Sim, heard: HeardPrompt | undefined, cut: boolean): void {
  if (!heard || heard.end) return;
  heard.end = isoNow(sim);
  heard.cut = cut;
}

/** Queues a media operation; operations play strictly one after another, as Graph's do. */
export function enqueue(sim: Sim, call: SimCall, op: Omit<MediaOperation, 'id'>): MediaOperation {
  const operation = { ...op, id: newId() };
  const media = mediaOf(sim, call);
  media.queue.push(operation);
  if (!media.current) void playNext(sim, call);
  return operation;
}

async function playNext(sim: Sim, call: SimCall): Promise<void> {
  const media = mediaOf(sim, call);
  const op = media.queue.shift();
  media.current = op ? { op } : undefined;
  if (!op) return;
  for (const prompt of op.prompts) {
    const loaded = await sim.prompts.load(prompt.uri, prompt.resourceId);
    if (media.current?.op !== op || call.state === 'terminated') return;
    if (!loaded.ok) {
      complete(sim, call, op, 'failed', {
        resultInfo: resultInfoJson({
          code: 400,
          subcode: 0,
          message: `Prompt ${prompt.uri}: ${loaded.detail}`,
        }),
        completionReason: 'unknown',
      });
      return;
    }
    await play(sim, call, media, op, {
      uri: prompt.uri,
      kind: 'prompt',
      durationSeconds: loaded.durationMs / 1000,
    });
    if (media.current?.op !== op) return;
  }
  if (op.kind === 'record' && op.record) {
    if (op.record.playBeep) {
      await play(sim, call, media, op, {
        uri: 'urn:simulator:beep',
        kind: 'beep',
        durationSeconds: beepMs / 1000,
      });
      if (media.current?.op !== op) return;
    }
    startRecording(sim, call, media, op);
    return;
  }
  complete(sim, call, op, 'completed', { resultInfo: resultInfoJson(results.completed) });
}

function play(
  sim: Sim,
  call: SimCall,
  media: CallMedia,
  op: MediaOperation,
  entry: Omit<HeardPrompt, 'start' | 'cut'>,
): Promise<void> {
  return new Promise((resolve) => {
    const heard = hear(sim, call, entry);
    const timer = sim.clock.after(entry.durationSeconds * 1000, () => {
      finish(sim, heard, false);
      resolve();
    });
    media.current = { op, heard, timer };
  });
}

function startRecording(sim: Sim, call: SimCall, media: CallMedia, op: MediaOperation): void {
  const maxMs = (op.record?.maxRecordSeconds ?? 5) * 1000;
  const heard = hear(sim, call, {
    uri: 'urn:simulator:recording',
    kind: 'recording',
    durationSeconds: maxMs / 1000,
  });
  const timer = sim.clock.after(maxMs, () =>
    stopRecording(sim, call, {
      code: 200,
      subcode: 8515,
      message: 'Action completed, max record duration reached.',
    }),
  );
  media.current = { op, heard, timer, recordStartedAt: sim.clock.now() };
}

/** Ends a running recording (max duration or a stop tone) and hands the bot where to download it. */
function stopRecording(
  sim: Sim,
  call: SimCall,
  info: { code: number; subcode: number; message: string },
): void {
  const media = sim.media.get(call.id);
  const current = media?.current;
  if (!media || !current || current.recordStartedAt === undefined) return;
  current.timer?.cancel();
  finish(sim, current.heard, false);
  const recordedMs = (sim.clock.now() - current.recordStartedAt) * sim.clock.speed;
  const recording = sim.recordings.create({ durationMs: Math.max(recordedMs, 100), callId: call.id });
  complete(sim, call, current.op, 'completed', {
    resultInfo: resultInfoJson(info),
    recordingLocation: recording.recordingLocation,
    recordingAccessToken: recording.recordingAccessToken,
  });
}

function complete(
  sim: Sim,
  call: SimCall,
  op: MediaOperation,
  status: 'completed' | 'failed',
  extra: Record<string, unknown>,
): void {
  const media = mediaOf(sim, call);
  if (media.current?.op === op) media.current = undefined;
  void notifyOperation(
    sim,
    call,
    {
      id: op.id,
      type: op.kind === 'record' ? 'recordOperation' : 'playPromptOperation',
      clientContext: op.clientContext,
      status,
    },
    extra,
  );
  if (!media.current) void playNext(sim, call);
}

/** cancelMediaProcessing: the running and queued prompts and recordings each complete failed 400/8508. */
export function cancelMedia(sim: Sim, call: SimCall): void {
  const media = sim.media.get(call.id);
  if (!media) return;
  const cancelled = [...(media.current ? [media.current.op] : []), ...media.queue];
  media.current?.timer?.cancel();
  finish(sim, media.current?.heard, true);
  media.current = undefined;
  media.queue = [];
  for (const op of cancelled) {
    void notifyOperation(
      sim,
      call,
      {
        id: op.id,
        type: op.kind === 'record' ? 'recordOperation' : 'playPromptOperation',
        clientContext: op.clientContext,
        status: 'failed',
      },
      { resultInfo: resultInfoJson(results.cancelled), completionReason: 'operationCanceled' },
    );
  }
}

/** startHoldMusic: loops the prompt (or Teams' default music) until stopped; the operation completes at once. */
export async function startHold(
  sim: Sim,
  call: SimCall,
  prompt: { uri: string; resourceId?: string } | undefined,
  clientContext: string | undefined,
): Promise<string> {
  const media = mediaOf(sim, call);
  const opId = newId();
  stopHoldPlayback(sim, media);
  let durationMs = defaultHoldMusicMs;
  if (prompt) {
    const loaded = await sim.prompts.load(prompt.uri, prompt.resourceId);
    if (!loaded.ok) {
      void notifyOperation(
        sim,
        call,
        { id: opId, type: 'startHoldMusicOperation', clientContext, status: 'failed' },
        {
          resultInfo: resultInfoJson({
            code: 400,
            subcode: 0,
            message: `Prompt ${prompt.uri}: ${loaded.detail}`,
          }),
        },
      );
      return opId;
    }
    durationMs = loaded.durationMs;
  }
  media.hold = { opId, uri: prompt?.uri ?? defaultHoldMusic };
  loopHold(sim, call, media, durationMs);
  void notifyOperation(
    sim,
    call,
    { id: opId, type: 'startHoldMusicOperation', clientContext, status: 'completed' },
    { resultInfo: resultInfoJson(results.completed) },
  );
  return opId;
}

function loopHold(sim: Sim, call: SimCall, media: CallMedia, durationMs: number): void {
  const hold = media.hold;
  if (!hold || call.state === 'terminated') return;
  hold.heard = hear(sim, call, {
    uri: hold.uri ?? defaultHoldMusic,
    kind: 'holdMusic',
    durationSeconds: durationMs / 1000,
  });
  hold.timer = sim.clock.after(durationMs, () => {
    finish(sim, hold.heard, false);
    if (media.hold === hold) loopHold(sim, call, media, durationMs);
  });
}

function stopHoldPlayback(sim: Sim, media: CallMedia): boolean {
  if (!media.hold) return false;
  media.hold.timer?.cancel();
  finish(sim, media.hold.heard, true);
  media.hold = undefined;
  return true;
}

/** stopHoldMusic: the music stops; the operation completes. */
export function stopHold(sim: Sim, call: SimCall, clientContext: string | undefined): string {
  const opId = newId();
  stopHoldPlayback(sim, mediaOf(sim, call));
  void notifyOperation(
    sim,
    call,
    { id: opId, type: 'stopHoldMusicOperation', clientContext, status: 'completed' },
    { resultInfo: resultInfoJson(results.completed) },
  );
  return opId;
}

/** Everything stops when the call ends or leaves the bot: what was playing is marked cut. */
export function stopAllMedia(sim: Sim, call: SimCall): void {
  const media = sim.media.get(call.id);
  if (!media) return;
  media.current?.timer?.cancel();
  finish(sim, media.current?.heard, true);
  media.current = undefined;
  media.queue = [];
  stopHoldPlayback(sim, media);
}

const toneNames: Record<string, string> = { '*': 'star', '#': 'pound' };

/** Graph's tone name for a key: `tone0`…`tone9`, `star`, `pound`, `a`…`d`. */
export function toneName(key: string): string {
  return toneNames[key] ?? (/^[0-9]$/.test(key) ? `tone${key}` : key.toLowerCase());
}

/** A key pressed by the far end: a tone notification if subscribed, and a stop tone for a recording. */
export function keyPressed(sim: Sim, call: SimCall, key: string): void {
  if (call.state !== 'established') return;
  const current = sim.media.get(call.id)?.current;
  if (current?.recordStartedAt !== undefined && current.op.record?.stopTones.includes(key)) {
    stopRecording(sim, call, { code: 200, subcode: 8514, message: 'Action completed, stop tone detected.' });
  }
  if (!call.toneSubscribed) return;
  call.toneSequence += 1;
  void notifyCall(sim, call, 'tone', 'updated', {
    state: 'established',
    toneInfo: {
      '@odata.type': '#microsoft.graph.toneInfo',
      sequenceId: call.toneSequence,
      tone: toneName(key),
    },
  });
}
