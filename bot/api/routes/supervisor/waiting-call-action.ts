import { applyStep, type CallEvent, transition } from '../../../../src/calls';
import type { ApiCaller } from '../../api-caller';
import type { ApiDeps } from '../../api-deps';
import { ApiError } from '../../api-error';
import { json } from '../../api-route';
import { type AuditEntry, auditEvent } from '../../supervisor/audit';
import { iso } from '../../views/interaction-view';

/**
 * Runs a supervisor's event on a waiting call through the call state machine, in one transaction with the
 * audit entry. Only a call waiting in a queue can be acted on: one ringing an agent, connected or ended is
 * a 409 saying which. The same queue or priority again changes nothing and is not audited.
 */
export async function actOnWaitingCall(
  caller: ApiCaller,
  interactionId: string,
  action: Extract<AuditEntry['action'], 'moveToQueue' | 'setPriority'>,
  event: Extract<CallEvent, { type: 'moveToQueue' | 'setPriority' }>,
  deps: ApiDeps,
) {
  const tenantId = caller.tenant.id;
  const entry = await deps.processor.run(async (tx, out) => {
    const interaction = await tx.interactions.lock(tenantId, interactionId);
    if (!interaction) throw ApiError.notFound('interaction', interactionId);
    const { state } = interaction;
    if (state.kind !== 'queued')
      throw new ApiError(
        409,
        'notWaiting',
        `interaction ${interactionId} is not waiting in a queue (state ${state.kind}${state.kind === 'offering' ? ': an agent’s Teams is ringing' : ''})`,
      );
    const before = { queueId: state.queueId, priority: state.priority };
    const [next, commands] = transition(
      interaction,
      event,
      await deps.processor.context(tx, interaction, event.at),
    );
    if (next === interaction) return { changed: false, before, after: before };
    await applyStep(tx, deps.processor.applyDeps, interaction, next, commands, event.at, out);
    const after =
      next.state.kind === 'queued' ? { queueId: next.state.queueId, priority: next.state.priority } : before;
    const audit: AuditEntry = {
      tenantId,
      actorId: caller.user.userId,
      action,
      target: { kind: 'interaction', id: interactionId },
      before,
      after,
      at: event.at,
    };
    await tx.events.append([auditEvent(audit)]);
    return { changed: true, before, after };
  });
  return json({
    action,
    actorId: caller.user.userId,
    target: { kind: 'interaction', id: interactionId },
    before: entry.before,
    after: entry.after,
    at: iso(event.at),
  });
}
