import { QueueSchema } from '../../../src/config';
import { criteriaAfter, queuesEscalationMayAdd, stepsReached } from '../../../src/routing/escalation';

const support = QueueSchema.parse({
  id: 'support',
  name: 'Support',
  skills: { support: 4, billing: 2 },
  maxWait: 600,
  escalation: [
    { afterSeconds: 30, skills: { support: 2 } },
    { afterSeconds: 60, addAgentsFrom: ['sales'] },
    { afterSeconds: 120, skills: {}, addAgentsFrom: ['sales', 'backoffice'] },
  ],
});

describe('escalation criteria', () => {
  it.each([
    [0, 0],
    [29_999, 0],
    [30_000, 1],
    [59_000, 1],
    [60_000, 2],
    [600_000, 3],
  ])('a wait of %i ms reaches %i steps', (waitedMs, steps) => {
    expect(stepsReached(support, waitedMs)).toBe(steps);
  });

  it('requires the queue’s own skills from its own agents before any step', () => {
    expect(criteriaAfter(support, 0)).toEqual({ skills: { support: 4, billing: 2 }, queueIds: ['support'] });
  });

  it('replaces the skills with the last step that names them, and keeps the queues earlier steps added', () => {
    expect(criteriaAfter(support, 1)).toEqual({ skills: { support: 2 }, queueIds: ['support'] });
    expect(criteriaAfter(support, 2)).toEqual({ skills: { support: 2 }, queueIds: ['support', 'sales'] });
    expect(criteriaAfter(support, 3)).toEqual({ skills: {}, queueIds: ['support', 'sales', 'backoffice'] });
  });

  it('names every queue any step may add, once, so routing can look at their agents', () => {
    expect(queuesEscalationMayAdd(support)).toEqual(['sales', 'backoffice']);
    expect(queuesEscalationMayAdd(QueueSchema.parse({ id: 'q', name: 'Q' }))).toEqual([]);
  });
});
