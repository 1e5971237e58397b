import { transition } from '../../../src/calls/transition';
import { QueueSchema } from '../../../src/config';
import type { Interaction, InteractionState } from '../../../src/domain/interaction';
import { derivedId } from '../../../src/voice';
import { agent, arrived, context, t0 } from './fixtures';

const vm = QueueSchema.parse({ id: 'vm', name: 'Messages', voicemail: { key: '2', maxSeconds: 45 } });
const ctx = context({ queue: (id) => (id === 'vm' ? vm : undefined) });
const place = { queueId: 'vm', priority: 3, rank: t0, enqueuedAt: t0 };
const inState = (state: InteractionState, playing?: string): Interaction => ({
  ...arrived(),
  state,
  media: { seq: 3, playing },
});

describe('voicemail in the call state machine', () => {
  it('records up to maxSeconds when the voicemail key is pressed in the queue', () => {
    const [next, commands] = transition(
      inState({ kind: 'queued', ...place }, 'music:3'),
      { type: 'tone', key: '2', sequenceId: 1, at: t0 + 9000 },
      ctx,
    );
    expect(next.state).toEqual({ kind: 'recording', ...place, context: 'voicemail:4' });
    expect(commands).toEqual(
      expect.arrayContaining([
        { type: 'graph.cancelMedia', callId: 'c1' },
        {
          type: 'graph.record',
          callId: 'c1',
          prompts: [{ kind: 'shipped', name: 'voicemail-record' }],
          maxSeconds: 45,
          context: 'voicemail:4',
        },
      ]),
    );
  });

  it('keeps the recording at once, queues a voicemail task in the caller place, thanks and hangs up', () => {
    const recording = inState({ kind: 'recording', ...place, context: 'voicemail:4' }, 'voicemail:4');
    const [next, commands] = transition(
      recording,
      {
        type: 'mediaCompleted',
        context: 'voicemail:4',
        ok: true,
        at: t0 + 60_000,
        recording: { location: 'https://media/r1', token: 'tok' },
      },
      ctx,
    );
    const id = derivedId('i1', 'voicemail');
    expect(commands.slice(0, 3)).toEqual([
      {
        type: 'graph.fetchRecording',
        callId: 'c1',
        location: 'https://media/r1',
        token: 'tok',
        recordingId: id,
      },
      { type: 'task.create', task: { id, channel: 'voicemail', ...place, recordingId: id } },
      { type: 'log', name: 'voicemailLeft', data: { queueId: 'vm', waitedMs: 60_000 } },
    ]);
    expect(next.state).toEqual({ kind: 'closing', after: { type: 'hangUp' }, reason: 'voicemailLeft' });
    expect(commands).toContainEqual(
      expect.objectContaining({
        type: 'graph.play',
        prompts: [{ kind: 'shipped', name: 'voicemail-thanks' }],
      }),
    );
  });

  it('ignores a completion of something else, and says goodbye when the recording failed', () => {
    const recording = inState({ kind: 'recording', ...place, context: 'voicemail:4' }, 'voicemail:4');
    const stale = { type: 'mediaCompleted', context: 'music:3', ok: true, at: t0 } as const;
    expect(transition(recording, stale, ctx)).toEqual([recording, []]);
    const [next, commands] = transition(
      recording,
      { type: 'mediaCompleted', context: 'voicemail:4', ok: false, at: t0 },
      ctx,
    );
    expect(next.state).toMatchObject({ kind: 'closing', reason: 'failed' });
    expect(commands.some((c) => c.type === 'task.create')).toBe(false);
  });

  it('gives a task to an agent and ends it when the agent marks it done', () => {
    const task = inState({ kind: 'taskQueued', ...place });
    const [given, offered] = transition(task, { type: 'offer', agentId: agent, at: t0 + 1000 }, ctx);
    expect(given.state).toEqual({ kind: 'taskAssigned', ...place, agentId: agent, assignedAt: t0 + 1000 });
    expect(offered.map((c) => c.type)).toEqual(['log', 'log']);
    const [done, after] = transition(given, { type: 'agentReleased', at: t0 + 61_000 }, ctx);
    expect(done.state).toEqual({ kind: 'ended', reason: 'handled', endedAt: t0 + 61_000, agentId: agent });
    expect(after).toContainEqual({ type: 'routing.wake', queueId: 'vm' });
  });

  it('names the same task on every retry of the same recording', () => {
    expect(derivedId('i1', 'voicemail')).toBe(derivedId('i1', 'voicemail'));
    expect(derivedId('i1', 'voicemail')).not.toBe(derivedId('i2', 'voicemail'));
    expect(derivedId('i1', 'voicemail')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
