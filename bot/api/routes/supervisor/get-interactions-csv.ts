import { route } from '../../api-route';
import { InteractionListQuerySchema } from '../../schemas/supervisor.schema';
import { csvResponse, toCsv } from '../../supervisor/csv';
import { errorAnswers } from '../answers';
import { interactionList } from './interaction-list';

const COLUMNS = [
  'id',
  'caller',
  'dialled',
  'queueId',
  'queueName',
  'state',
  'arrivedAt',
  'offeredAt',
  'connectedAt',
  'endedAt',
  'endReason',
  'waitedSeconds',
  'agentId',
  'disposition',
] as const;

/** `GET /supervisor/interactions/csv`: the interaction list as CSV (RFC 4180), one row per interaction. */
export const getInteractionsCsv = route({
  method: 'GET',
  path: '/supervisor/interactions/csv',
  operationId: 'interactionListCsv',
  summary: 'The interaction list as CSV (RFC 4180)',
  roles: ['Supervisor'],
  query: InteractionListQuerySchema,
  answers: {
    200: { description: 'One row per interaction, with a header row.', contentType: 'text/csv' },
    ...errorAnswers(400, 401, 403),
  },
  async handle({ caller, query }, deps) {
    const { interactions } = await interactionList(caller.tenant, query, deps);
    const rows = interactions.map((i) => [
      i.id,
      i.caller,
      i.dialled,
      i.queue?.id,
      i.queue?.name,
      i.state,
      i.arrivedAt,
      i.offeredAt,
      i.connectedAt,
      i.endedAt,
      i.endReason,
      i.waitedMs === null ? null : Math.round(i.waitedMs / 100) / 10,
      i.agentId,
      i.disposition,
    ]);
    return csvResponse(toCsv(COLUMNS, rows), `interactions-${query.from}-${query.to}.csv`);
  },
});
