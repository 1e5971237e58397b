import type { Interaction, InteractionState } from '../domain/interaction';
import type { InteractionRow, NewInteractionRow } from './schema';

/** The routing columns copied out of a state: only waiting and offered calls have a queue position. */
function routingColumns(
  state: InteractionState,
): Pick<NewInteractionRow, 'queueId' | 'priority' | 'queueRank' | 'enqueuedAt'> {
  switch (state.kind) {
    case 'queued':
    case 'offering':
    case 'callbackSetup':
    case 'callbackDelay':
    case 'callingBack':
    case 'recording':
    case 'taskQueued':
    case 'taskAssigned':
      return {
        queueId: state.queueId,
        priority: state.priority,
        queueRank: state.rank,
        enqueuedAt: state.enqueuedAt,
      };
    case 'connected':
      return { queueId: state.queueId, priority: null, queueRank: null, enqueuedAt: state.enqueuedAt };
    case 'answering':
    case 'inFlow':
    case 'closing':
    case 'ended':
      return { queueId: null, priority: null, queueRank: null, enqueuedAt: null };
    default: {
      const unhandled: never = state;
      throw new Error(`unknown interaction state ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The row that stores an interaction, with the denormalised routing columns filled from its state. */
export function toInteractionRow(interaction: Interaction): NewInteractionRow {
  return {
    id: interaction.id,
    tenantId: interaction.tenantId,
    callId: interaction.callId,
    channel: interaction.channel,
    caller: interaction.caller ?? null,
    dialled: interaction.dialled,
    flowId: interaction.flowId,
    ivrPath: interaction.ivrPath,
    state: interaction.state,
    media: interaction.media,
    stateKind: interaction.state.kind,
    ...routingColumns(interaction.state),
    arrivedAt: interaction.arrivedAt,
    version: interaction.version,
    recordingId: interaction.recordingId ?? null,
  };
}

/** The interaction a stored row holds. */
export function fromInteractionRow(row: InteractionRow): Interaction {
  return {
    id: row.id,
    tenantId: row.tenantId,
    channel: row.channel,
    callId: row.callId,
    caller: row.caller ?? undefined,
    dialled: row.dialled,
    flowId: row.flowId,
    ivrPath: row.ivrPath,
    state: row.state,
    media: row.media,
    arrivedAt: row.arrivedAt,
    version: row.version,
    ...(row.recordingId ? { recordingId: row.recordingId } : {}),
  };
}
