import type { NewEvent } from '../../../src/store';

/** One supervisor action as the audit (the event log) records it. */
export interface AuditEntry {
  tenantId: string;
  actorId: string;
  action: 'setAgentStatus' | 'signOutAgent' | 'moveToQueue' | 'setPriority';
  target: { kind: 'agent' | 'interaction'; id: string };
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  at: number;
}

/** The `supervisorAction` event of an entry, appended in the transaction that made the change. */
export function auditEvent(entry: AuditEntry): NewEvent {
  const { tenantId, actorId, action, target, before, after, at } = entry;
  return {
    tenantId,
    ...(target.kind === 'agent' ? { agentId: target.id } : { interactionId: target.id }),
    name: 'supervisorAction',
    at,
    data: { action, actorId, target, before, after },
    dedupeKey: `${actorId}:${action}:${target.id}:${at}`,
  };
}
