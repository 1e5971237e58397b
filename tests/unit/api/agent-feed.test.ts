import { createAgentFeed } from '../../../bot/api';
import type { EventRow } from '../../../src/store';

let seq = 0;
const event = (name: string, fields: Partial<EventRow> = {}): EventRow => ({
  seq: ++seq,
  tenantId: 't1',
  interactionId: null,
  agentId: null,
  name,
  at: 0,
  data: {},
  dedupeKey: null,
  ...fields,
});

describe('an agent’s feed', () => {
  it('carries the agent’s own events and no other agent’s', () => {
    const feed = createAgentFeed('ann');
    expect(feed.accepts(event('agentState', { agentId: 'ann' }))).toBe(true);
    expect(feed.accepts(event('agentState', { agentId: 'bo' }))).toBe(false);
  });

  it('follows an interaction from its offer to the agent on, not before and not another agent’s', () => {
    const feed = createAgentFeed('ann');
    expect(feed.accepts(event('queued', { interactionId: 'i1' }))).toBe(false);
    expect(feed.accepts(event('offered', { interactionId: 'i2', data: { agentId: 'bo' } }))).toBe(false);
    expect(feed.accepts(event('offered', { interactionId: 'i1', data: { agentId: 'ann' } }))).toBe(true);
    expect(feed.accepts(event('connected', { interactionId: 'i1', data: { agentId: 'ann' } }))).toBe(true);
    expect(feed.accepts(event('noteAdded', { interactionId: 'i1', data: { authorId: 'sue' } }))).toBe(true);
    expect(feed.accepts(event('ended', { interactionId: 'i2' }))).toBe(false);
  });

  it('follows the interactions offered before it began, so a resumed stream misses none of their changes', () => {
    const feed = createAgentFeed('ann', ['i9']);
    expect(feed.accepts(event('ended', { interactionId: 'i9' }))).toBe(true);
  });
});
