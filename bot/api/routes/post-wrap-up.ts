import { myAgent } from '../agent-state';
import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { InteractionIdParamsSchema } from '../schemas/common.schema';
import { WrapUpResultSchema, WrapUpSchema } from '../schemas/interaction.schema';
import { iso, noteView } from '../views/interaction-view';
import { errorAnswers } from './answers';

/**
 * `POST /interactions/{id}/wrapup`: the agent who handled the interaction records its disposition (one of
 * the tenant's wrap-up codes) and, optionally, notes, then ends their wrap-up. One transaction locks the
 * interaction, refuses a second wrap-up (409), and logs `wrappedUp` with the disposition (its dedupe key is
 * the interaction's, so the log can never hold two). Then, if the agent is still in wrap-up (or still busy)
 * on this interaction, the agent service's `wrappedUp` makes them available; if the wrap-up timer already
 * did, only the disposition is recorded.
 */
export const postWrapUp = route({
  method: 'POST',
  path: '/interactions/{id}/wrapup',
  operationId: 'wrapUp',
  summary: 'Wrap up an interaction the agent handled: disposition and notes; ends the agent’s wrap-up',
  roles: ['Agent'],
  params: InteractionIdParamsSchema,
  body: WrapUpSchema,
  answers: {
    200: { description: 'What was recorded, and the agent’s status after it.', schema: WrapUpResultSchema },
    ...errorAnswers(400, 401, 403, 404, 409),
  },
  async handle({ caller, params, body }, deps) {
    const { agent, state: agentState } = await myAgent(caller, deps);
    const tenantId = caller.tenant.id;
    const codes = caller.tenant.wrapUpCodes.map((code) => code.id);
    if (!codes.includes(body.disposition))
      throw ApiError.invalid([
        {
          in: 'body',
          field: 'disposition',
          message: `expected a wrap-up code of the tenant (${codes.join(', ') || 'none configured'}), got ${JSON.stringify(body.disposition)}`,
        },
      ]);
    const at = deps.now();
    const note =
      body.notes === undefined
        ? null
        : { id: deps.newId(), tenantId, interactionId: params.id, authorId: agent.id, at, text: body.notes };
    const agentBefore = await deps.processor.run(async (tx) => {
      const interaction = await tx.interactions.lock(tenantId, params.id);
      if (!interaction) throw ApiError.notFound('interaction', params.id);
      const { state } = interaction;
      const handledBy =
        state.kind === 'connected' || state.kind === 'ended' || state.kind === 'taskAssigned'
          ? state.agentId
          : undefined;
      if (handledBy === undefined)
        throw new ApiError(
          409,
          'notHandled',
          `interaction ${params.id} was not connected to an agent (state ${state.kind})`,
        );
      if (handledBy !== agent.id)
        throw new ApiError(
          403,
          'notYourInteraction',
          `interaction ${params.id} was handled by another agent`,
        );
      const events = await tx.history.eventsOf(tenantId, [params.id]);
      if (events.some((e) => e.name === 'wrappedUp'))
        throw new ApiError(409, 'alreadyWrappedUp', `interaction ${params.id} is already wrapped up`);
      if (note) await tx.notes.add(note);
      await tx.events.append([
        {
          tenantId,
          interactionId: params.id,
          agentId: agent.id,
          name: 'wrappedUp',
          at,
          data: { disposition: body.disposition, ...(note ? { noteId: note.id } : {}) },
          dedupeKey: `${params.id}:wrappedUp`,
        },
      ]);
      return tx.agents.get(tenantId, agent.id);
    });
    // A task (voicemail) is done when wrapped up; the agent's voice call, if any, is not touched.
    const task = await deps.store.interactions.get(tenantId, params.id);
    if (task?.state.kind === 'taskAssigned')
      await deps.processor.leg?.(tenantId, params.id, { type: 'agentReleased', at });
    const stillOnIt =
      agentBefore?.interactionId === params.id &&
      (agentBefore.status === 'wrapUp' || agentBefore.status === 'busy');
    const after =
      (stillOnIt ? await deps.agents.wrappedUp(tenantId, agent.id) : undefined) ?? agentBefore ?? agentState;
    return json({
      interactionId: params.id,
      disposition: body.disposition,
      at: iso(at),
      note: note ? noteView(note) : null,
      agent: { status: after.status, reason: after.reason ?? null, since: iso(after.since) },
    });
  },
});
