import type { Prompt } from '../config';
import type { Interaction, QueuePlace } from '../domain/interaction';
import { derivedId } from '../voice/derived-id';
import type { CallContext } from './call-context';
import { placeOf } from './callback';
import { cancel, chain, log, type Step, shipped, silence, withState } from './effects';
import { close } from './perform';

type State<K extends Interaction['state']['kind']> = Extract<Interaction['state'], { kind: K }>;

/**
 * The caller leaves a voicemail for a queue: the record prompt, a beep, up to `maxSeconds` (120 at most, as
 * Graph allows), `#` to finish. A caller who waited in that queue keeps their place for the voicemail task.
 */
export function startVoicemail(
  interaction: Interaction,
  queueId: string,
  intro: Prompt[],
  ctx: CallContext,
  now: number,
): Step {
  const queue = ctx.queue(queueId);
  if (!queue) return close(interaction, [shipped('goodbye')], { type: 'hangUp' }, 'failed');
  const state = interaction.state;
  const place: QueuePlace =
    'queueId' in state && state.queueId === queueId && 'rank' in state
      ? placeOf(state)
      : { queueId, priority: queue.priority, rank: now, enqueuedAt: now };
  const seq = interaction.media.seq + 1;
  const context = `voicemail:${seq}`;
  const maxSeconds = queue.voicemail.enabled ? queue.voicemail.maxSeconds : 120;
  return chain(interaction, silence, (i) => [
    { ...withState(i, { kind: 'recording', ...place, context }), media: { seq, playing: context } },
    [
      ...cancel('menuTimeout', 'maxWait', 'announce', 'mediaWatchdog', 'callbackOffer'),
      {
        type: 'graph.record',
        callId: i.callId,
        prompts: [...intro, shipped('voicemail-record')].slice(-1),
        maxSeconds,
        context,
      },
    ],
  ]);
}

/**
 * The recording finished: downloaded at once and kept, a voicemail task queued in the caller's place, and
 * the caller thanked and let go. A recording that failed or holds nothing ends the call with a goodbye.
 */
export function voicemailRecorded(
  interaction: Interaction & { state: State<'recording'> },
  event: { context: string; ok: boolean; at: number; recording?: { location: string; token: string } },
): Step {
  const state = interaction.state;
  if (event.context !== state.context) return [interaction, []];
  const done = { ...interaction, media: { ...interaction.media, playing: undefined } };
  if (!event.ok || !event.recording) return close(done, [shipped('goodbye')], { type: 'hangUp' }, 'failed');
  const place = placeOf(state);
  const id = derivedId(interaction.id, 'voicemail');
  return chain(
    done,
    (i) => [
      i,
      [
        {
          type: 'graph.fetchRecording',
          callId: i.callId,
          location: event.recording!.location,
          token: event.recording!.token,
          recordingId: id,
        },
        { type: 'task.create', task: { id, channel: 'voicemail', ...place, recordingId: id } },
        log('voicemailLeft', { queueId: place.queueId, waitedMs: event.at - place.enqueuedAt }),
      ],
    ],
    (i) => close(i, [shipped('voicemail-thanks')], { type: 'hangUp' }, 'voicemailLeft'),
  );
}

/** Routing gave the task to an agent: it shows in their interactions and stream at once. */
export function assignTask(
  interaction: Interaction & { state: State<'taskQueued'> },
  agentId: string,
  now: number,
): Step {
  const place = placeOf(interaction.state);
  return [
    withState(interaction, { kind: 'taskAssigned', ...place, agentId, assignedAt: now }),
    [
      log('offered', { queueId: place.queueId, agentId, waitedMs: now - place.enqueuedAt }),
      log('connected', { queueId: place.queueId, agentId, waitedMs: now - place.enqueuedAt }),
    ],
  ];
}

/** The agent marked the task done. */
export function taskDone(interaction: Interaction & { state: State<'taskAssigned'> }, now: number): Step {
  const { agentId, assignedAt, queueId } = interaction.state;
  return [
    withState(interaction, { kind: 'ended', reason: 'handled', endedAt: now, agentId }),
    [
      log('ended', { reason: 'handled', agentId, talkMs: now - assignedAt }),
      // The agent has room for another task: the next one waiting may be theirs.
      { type: 'routing.wake', queueId },
    ],
  ];
}
