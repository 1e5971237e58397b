import { ApiError } from '../api-error';
import { route } from '../api-route';
import { InteractionIdParamsSchema } from '../schemas/common.schema';
import { errorAnswers } from './answers';

/**
 * `GET /interactions/{id}/recording`: the voicemail's audio (WAV), for the agent the task was given to or a
 * supervisor of the tenant. Anyone else, another tenant's id, or an interaction without a recording: 404,
 * so the answer never tells whether someone else's voicemail exists.
 */
export const getRecording = route({
  method: 'GET',
  path: '/interactions/{id}/recording',
  operationId: 'getRecording',
  summary: 'The voicemail recording of an interaction (WAV)',
  roles: ['Agent', 'Supervisor'],
  params: InteractionIdParamsSchema,
  answers: {
    200: { description: 'The recording, 16 kHz mono WAV.', contentType: 'audio/wav' },
    ...errorAnswers(400, 401, 403, 404),
  },
  async handle({ caller, params }, deps) {
    const tenantId = caller.tenant.id;
    const interaction = await deps.store.interactions.get(tenantId, params.id);
    const state = interaction?.state;
    const assigned = state && 'agentId' in state ? state.agentId : undefined;
    const allowed =
      caller.roles.has('Supervisor') || (assigned !== undefined && assigned === caller.user.userId);
    if (!interaction?.recordingId || !allowed || !deps.recordings)
      throw ApiError.notFound('recording of interaction', params.id);
    const audio = await deps.recordings.load(tenantId, interaction.recordingId);
    // The task exists before its download finishes: until then there is nothing to play.
    if (!audio) throw ApiError.notFound('recording of interaction', params.id);
    return {
      status: 200,
      headers: { 'content-type': 'audio/wav', 'content-length': String(audio.byteLength) },
      bytes: audio,
    };
  },
});
