import type { z } from 'zod';
import type { ContactCenterDirectory } from '../../../src/config';
import type { Interaction } from '../../../src/domain/interaction';
import type { EventRow, NoteRow } from '../../../src/store';
import type { InteractionSummarySchema, LoggedEventSchema, NoteSchema } from '../schemas/interaction.schema';

/** Wall-clock ms as the wire's ISO 8601. */
export const iso = (ms: number): string => new Date(ms).toISOString();

const isoOrNull = (ms: number | undefined): string | null => (ms === undefined ? null : iso(ms));

/** What a summary needs besides the interaction: its events, the configuration, the time, and whose view. */
export interface SummaryContext {
  directory: ContactCenterDirectory;
  now: number;
  /** Offers to this agent only count for `offeredAt` (their own list). */
  forAgent?: string;
}

/**
 * An interaction as lists show it, from its live state and its event log: queue, offer, connection, end,
 * time waited and disposition. Pure.
 */
export function summarise(
  interaction: Interaction,
  events: readonly EventRow[],
  ctx: SummaryContext,
): z.infer<typeof InteractionSummarySchema> {
  const { state } = interaction;
  const last = (name: string, where: (e: EventRow) => boolean = () => true) =>
    events.findLast((e) => e.name === name && where(e));
  const offered = last('offered', (e) => ctx.forAgent === undefined || e.data.agentId === ctx.forAgent);
  const connected = last('connected');
  const queueId =
    'queueId' in state
      ? state.queueId
      : (stringOf(last('queued')?.data.queueId) ?? stringOf(offered?.data.queueId));
  const agentId =
    'agentId' in state && state.agentId !== undefined
      ? state.agentId
      : stringOf(last('offered')?.data.agentId);
  return {
    id: interaction.id,
    caller: interaction.caller ?? null,
    dialled: interaction.dialled,
    queue:
      queueId === undefined
        ? null
        : {
            id: queueId,
            name: ctx.directory.queue(interaction.tenantId, queueId)?.name ?? queueId,
          },
    channel: interaction.channel,
    state: state.kind,
    callback: 'callback' in state && state.callback ? state.callback : null,
    hasRecording: interaction.recordingId !== undefined,
    arrivedAt: iso(interaction.arrivedAt),
    offeredAt: isoOrNull(offered?.at),
    connectedAt: isoOrNull(state.kind === 'connected' ? state.connectedAt : connected?.at),
    endedAt: isoOrNull(state.kind === 'ended' ? state.endedAt : undefined),
    endReason: state.kind === 'ended' ? state.reason : null,
    waitedMs: waited(interaction, events, ctx.now),
    agentId: agentId ?? null,
    disposition: stringOf(last('wrappedUp')?.data.disposition) ?? null,
  };
}

/** Time in queue: until connected or abandoned, or so far while waiting or ringing. */
function waited(interaction: Interaction, events: readonly EventRow[], now: number): number | null {
  const { state } = interaction;
  if (state.kind === 'queued' || state.kind === 'offering') return Math.max(0, now - state.enqueuedAt);
  for (const name of ['connected', 'abandoned', 'offered']) {
    const ms = events.findLast((e) => e.name === name)?.data.waitedMs;
    if (typeof ms === 'number') return Math.round(ms);
  }
  return null;
}

/** One event-log row on the wire. */
export function eventView(row: EventRow): z.infer<typeof LoggedEventSchema> {
  return {
    seq: row.seq,
    name: row.name,
    at: iso(row.at),
    interactionId: row.interactionId,
    agentId: row.agentId,
    data: row.data,
  };
}

/** A note on the wire. */
export function noteView(row: NoteRow): z.infer<typeof NoteSchema> {
  return {
    id: row.id,
    interactionId: row.interactionId,
    authorId: row.authorId,
    at: iso(row.at),
    text: row.text,
  };
}

/** The menu keys pressed, from `menuId:key` entries. */
export function ivrSteps(interaction: Interaction): { menuId: string; key: string }[] {
  return interaction.ivrPath.map((step) => {
    const at = step.lastIndexOf(':');
    return at < 0 ? { menuId: '', key: step } : { menuId: step.slice(0, at), key: step.slice(at + 1) };
  });
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Events grouped by interaction id. */
export function byInteraction(rows: readonly EventRow[]): Map<string, EventRow[]> {
  const grouped = new Map<string, EventRow[]>();
  for (const row of rows) {
    if (row.interactionId === null) continue;
    const list = grouped.get(row.interactionId) ?? [];
    list.push(row);
    grouped.set(row.interactionId, list);
  }
  return grouped;
}
