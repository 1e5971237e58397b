import { changeAgent } from '../../../../src/calls';
import type { ApiCaller } from '../../api-caller';
import type { ApiDeps } from '../../api-deps';
import { ApiError } from '../../api-error';
import { json, route } from '../../api-route';
import { StatusChangeSchema } from '../../schemas/me.schema';
import { AgentIdParamsSchema, SupervisorActionSchema } from '../../schemas/supervisor.schema';
import { type AuditEntry, auditEvent } from '../../supervisor/audit';
import { iso } from '../../views/interaction-view';
import { errorAnswers } from '../answers';

const IN_CALL = new Set(['reserved', 'busy']);

/**
 * Sets an agent's status for them through the agent state machine, and writes the audit entry (actor,
 * agent, status before and after) in the same transaction. Refused with 409 while a call rings for or is
 * connected to the agent: the call is never taken from them.
 */
export async function superviseStatus(
  caller: ApiCaller,
  agentId: string,
  change: { status: 'available' | 'notReady' | 'offline'; reason?: string | undefined },
  action: AuditEntry['action'],
  deps: ApiDeps,
) {
  const tenantId = caller.tenant.id;
  if (!caller.tenant.agents.some((a) => a.id === agentId)) throw ApiError.notFound('agent', agentId);
  const at = deps.now();
  const entry = await deps.processor.run(async (tx, out) => {
    const before = await tx.agents.lock(tenantId, agentId);
    if (!before) throw ApiError.notFound('agent', agentId);
    if (IN_CALL.has(before.status))
      throw new ApiError(
        409,
        'agentInCall',
        `agent ${agentId} is ${before.status === 'reserved' ? 'being offered a call' : 'on a call'}; try after the call`,
      );
    const reason = change.status === 'notReady' ? change.reason : undefined;
    const after =
      before.status === change.status && before.reason === reason
        ? before
        : await changeAgent(
            tx,
            deps.processor.applyDeps,
            tenantId,
            agentId,
            { type: 'setStatus', status: change.status, reason, at },
            out,
            `${agentId}:supervisor:${at}`,
          );
    const audit: AuditEntry = {
      tenantId,
      actorId: caller.user.userId,
      action,
      target: { kind: 'agent', id: agentId },
      before: { status: before.status, reason: before.reason ?? null },
      after: { status: after?.status ?? change.status, reason: after?.reason ?? null },
      at,
    };
    await tx.events.append([auditEvent(audit)]);
    return audit;
  });
  const { tenantId: _, at: when, ...rest } = entry;
  return json({ ...rest, at: iso(when) });
}

/** `PUT /supervisor/agents/{agentId}/status`: available, not ready (with a reason) or offline, audited. */
export const putAgentStatus = route({
  method: 'PUT',
  path: '/supervisor/agents/{agentId}/status',
  operationId: 'setAgentStatus',
  summary: "Change an agent's status (audited)",
  roles: ['Supervisor'],
  params: AgentIdParamsSchema,
  body: StatusChangeSchema,
  answers: {
    200: { description: 'The audit entry written.', schema: SupervisorActionSchema },
    ...errorAnswers(400, 401, 403, 404, 409),
  },
  handle: ({ caller, params, body }, deps) =>
    superviseStatus(caller, params.agentId, body, 'setAgentStatus', deps),
});

/** `POST /supervisor/agents/{agentId}/signout`: signs the agent out (offline), audited. */
export const postAgentSignOut = route({
  method: 'POST',
  path: '/supervisor/agents/{agentId}/signout',
  operationId: 'signOutAgent',
  summary: 'Sign an agent out: offline, offered no calls (audited)',
  roles: ['Supervisor'],
  params: AgentIdParamsSchema,
  answers: {
    200: { description: 'The audit entry written.', schema: SupervisorActionSchema },
    ...errorAnswers(400, 401, 403, 404, 409),
  },
  handle: ({ caller, params }, deps) =>
    superviseStatus(caller, params.agentId, { status: 'offline' }, 'signOutAgent', deps),
});
