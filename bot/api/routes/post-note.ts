import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { InteractionIdParamsSchema } from '../schemas/common.schema';
import { NewNoteSchema, NoteSchema } from '../schemas/interaction.schema';
import { noteView } from '../views/interaction-view';
import { errorAnswers } from './answers';

/**
 * `POST /interactions/{id}/notes`: a note by the caller on an interaction of their tenant. Stored with a
 * `noteAdded` event in one transaction, so the handling agent's stream hears of it.
 */
export const postNote = route({
  method: 'POST',
  path: '/interactions/{id}/notes',
  operationId: 'addNote',
  summary: 'Add a note to an interaction',
  roles: ['Agent', 'Supervisor'],
  params: InteractionIdParamsSchema,
  body: NewNoteSchema,
  answers: {
    201: { description: 'The note as stored.', schema: NoteSchema },
    ...errorAnswers(400, 401, 403, 404),
  },
  async handle({ caller, params, body }, deps) {
    const tenantId = caller.tenant.id;
    const note = {
      id: deps.newId(),
      tenantId,
      interactionId: params.id,
      authorId: caller.user.userId.toLowerCase(),
      at: deps.now(),
      text: body.text,
    };
    await deps.store.transaction(async (tx) => {
      if (!(await tx.interactions.get(tenantId, params.id)))
        throw ApiError.notFound('interaction', params.id);
      await tx.notes.add(note);
      await tx.events.append([
        {
          tenantId,
          interactionId: params.id,
          name: 'noteAdded',
          at: note.at,
          data: { noteId: note.id, authorId: note.authorId },
          dedupeKey: `note:${note.id}`,
        },
      ]);
    });
    return json(noteView(note), 201);
  },
});
