import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { InteractionIdParamsSchema } from '../schemas/common.schema';
import { InteractionDetailSchema } from '../schemas/interaction.schema';
import { byInteraction, eventView, ivrSteps, noteView, summarise } from '../views/interaction-view';
import { errorAnswers } from './answers';

/**
 * `GET /interactions/{id}`: one interaction of the caller's tenant with who called, the queue, the wait, the
 * IVR path, state, agent, timeline, notes, and the customer: their contact record (by number, through the
 * contact connector) and their earlier interactions from the same number.
 * Another tenant's id is a 404 like any unknown id: every read is scoped by the caller's tenant.
 */
export const getInteraction = route({
  method: 'GET',
  path: '/interactions/{id}',
  operationId: 'getInteraction',
  summary: 'One interaction with its IVR path, timeline, notes and customer context',
  roles: ['Agent', 'Supervisor'],
  params: InteractionIdParamsSchema,
  answers: {
    200: { description: 'The interaction.', schema: InteractionDetailSchema },
    ...errorAnswers(400, 401, 403, 404),
  },
  async handle({ caller, params }, deps) {
    const tenantId = caller.tenant.id;
    const interaction = await deps.store.interactions.get(tenantId, params.id);
    if (!interaction) throw ApiError.notFound('interaction', params.id);
    const previous = interaction.caller
      ? await deps.store.history.byCaller(tenantId, interaction.caller, { excludeId: interaction.id })
      : [];
    const [events, notes, contact] = await Promise.all([
      deps.store.history.eventsOf(tenantId, [interaction.id, ...previous.map((p) => p.id)]),
      deps.store.notes.list(tenantId, interaction.id),
      interaction.caller ? deps.contacts.lookup(tenantId, interaction.caller) : undefined,
    ]);
    const grouped = byInteraction(events);
    const ctx = { directory: deps.directory, now: deps.now() };
    const own = grouped.get(interaction.id) ?? [];
    return json({
      ...summarise(interaction, own, ctx),
      ivrPath: ivrSteps(interaction),
      timeline: own.map(eventView),
      notes: notes.map(noteView),
      customer: {
        caller: interaction.caller ?? null,
        contact: contact ?? null,
        previous: previous.map((p) => summarise(p, grouped.get(p.id) ?? [], ctx)),
      },
    });
  },
});
