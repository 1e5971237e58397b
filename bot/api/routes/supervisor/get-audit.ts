import { json, route } from '../../api-route';
import { AuditListSchema, AuditQuerySchema } from '../../schemas/supervisor.schema';
import { readEvents } from '../../supervisor/read-events';
import { iso } from '../../views/interaction-view';
import { errorAnswers } from '../answers';
import { reportWindow } from './report-request';

/** `GET /supervisor/audit`: the supervisors' actions between two local dates, from the event log, newest first. */
export const getAudit = route({
  method: 'GET',
  path: '/supervisor/audit',
  operationId: 'auditLog',
  summary: 'Supervisor actions (who, on what, before and after) for a date range',
  roles: ['Supervisor'],
  query: AuditQuerySchema,
  answers: { 200: { description: 'Newest first.', schema: AuditListSchema }, ...errorAnswers(400, 401, 403) },
  async handle({ caller, query }, deps) {
    const { window } = reportWindow(caller.tenant, query);
    const events = await readEvents(deps.store, caller.tenant.id, window.from);
    const actions = events
      .filter((e) => e.name === 'supervisorAction' && e.at < window.to)
      .reverse()
      .map((e) => ({
        seq: e.seq,
        action: String(e.data.action),
        actorId: String(e.data.actorId),
        target: e.data.target as { kind: 'agent' | 'interaction'; id: string },
        before: (e.data.before ?? {}) as Record<string, unknown>,
        after: (e.data.after ?? {}) as Record<string, unknown>,
        at: iso(e.at),
      }));
    return json({ actions });
  },
});
