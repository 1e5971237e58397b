import { afterCommit, applyStep } from '../../../src/calls/apply-step';
import { createStore, inMemory, type Store } from '../../../src/store';
import { anInteraction, newTenant } from '../store/store-fixtures';

describe('applying the first step of a new interaction', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createStore({ dataDir: inMemory });
  });
  afterAll(() => store.close());

  // Two copies of one incoming-call notification handled at once both find no interaction for the call;
  // the second reaches applyStep after the first has stored it.
  it('applies nothing when the call is already stored: no second arrival logged, no second answer', async () => {
    const tenantId = newTenant();
    const first = anInteraction(tenantId);
    const copy = anInteraction(tenantId, { callId: first.callId });
    const deps = { directory: {} as never, context: () => Promise.reject(new Error('not needed')) };
    const step = (interaction: typeof first) =>
      store.transaction(async (tx) => {
        const out = afterCommit();
        const applied = await applyStep(
          tx,
          deps,
          undefined,
          interaction,
          [
            { type: 'graph.answer', callId: interaction.callId, prefetch: [] },
            { type: 'log', name: 'arrived', data: {} },
          ],
          interaction.arrivedAt,
          out,
        );
        return { applied, out };
      });

    const firstStep = await step(first);
    const copyStep = await step(copy);

    expect(firstStep).toEqual({
      applied: true,
      out: expect.objectContaining({ outboxIds: [expect.any(Number)] }),
    });
    expect(copyStep).toEqual({ applied: false, out: expect.objectContaining({ outboxIds: [] }) });
    const logged = await store.events.list({ tenantId });
    expect(logged.map((e) => [e.name, e.interactionId])).toEqual([['arrived', first.id]]);
  });
});
