import { json, route } from '../../api-route';
import { QueueTilesSchema } from '../../schemas/supervisor.schema';
import { queueTiles } from '../../supervisor/queue-tiles';
import { iso } from '../../views/interaction-view';
import { errorAnswers } from '../answers';

/** `GET /supervisor/queues`: every queue's live tile (the stream pushes the same as they change). */
export const getQueueTiles = route({
  method: 'GET',
  path: '/supervisor/queues',
  operationId: 'queueTiles',
  summary:
    'Live tiles per queue: waiting, longest wait, service level today, ASA, abandon rate, agents by state',
  roles: ['Supervisor'],
  answers: { 200: { description: 'The tiles.', schema: QueueTilesSchema }, ...errorAnswers(401, 403) },
  async handle({ caller }, deps) {
    const now = deps.now();
    const [{ live }, agents] = await Promise.all([
      deps.today.read(caller.tenant, now),
      deps.store.agents.list(caller.tenant.id),
    ]);
    return json({ asOf: iso(now), queues: queueTiles(live, agents, caller.tenant, now) });
  },
});
