import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TimerName } from '../calls/call-event';
import type { GraphCommand } from '../calls/command';
import type { AgentStatus } from '../domain/agent';
import type { Channel, Interaction, InteractionState, StateKind } from '../domain/interaction';
import { epochMs } from './epoch-ms';

/**
 * The live state of each interaction. `state` is the source of truth; `state_kind`, `queue_id`, `priority`,
 * `queue_rank` and `enqueued_at` copy parts of it so routing can find and order waiting calls by index.
 * `queue_rank` is a plain number, not a time: a caller put back at the head ranks before any arrival.
 */
export const interactions = pgTable(
  'interactions',
  {
    id: uuid('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    callId: text('call_id').notNull().unique(),
    channel: text('channel').$type<Channel>().notNull(),
    caller: text('caller'),
    dialled: text('dialled').notNull(),
    flowId: text('flow_id').notNull(),
    ivrPath: jsonb('ivr_path').$type<string[]>().notNull(),
    state: jsonb('state').$type<InteractionState>().notNull(),
    media: jsonb('media').$type<Interaction['media']>().notNull(),
    stateKind: text('state_kind').$type<StateKind>().notNull(),
    queueId: text('queue_id'),
    priority: integer('priority'),
    queueRank: doublePrecision('queue_rank'),
    enqueuedAt: epochMs('enqueued_at'),
    arrivedAt: epochMs('arrived_at').notNull(),
    version: integer('version').notNull(),
    updatedAt: epochMs('updated_at').notNull().default(sql`now()`),
    /** A voicemail's stored recording (its key in the recording storage). */
    recordingId: text('recording_id'),
  },
  (t) => [
    index('interactions_routing_idx').on(t.tenantId, t.queueId, t.stateKind, t.priority, t.queueRank),
    index('interactions_tenant_state_idx').on(t.tenantId, t.stateKind),
    /** Customer context: a caller's earlier interactions with the tenant, newest first. */
    index('interactions_tenant_caller_idx').on(t.tenantId, t.caller, t.arrivedAt),
  ],
);

/** The live routing state of each agent; configuration (name, skills) stays in the contact-center file. */
export const agents = pgTable(
  'agents',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    status: text('status').$type<AgentStatus>().notNull(),
    reason: text('reason'),
    since: epochMs('since').notNull(),
    idleSince: epochMs('idle_since').notNull(),
    lastOfferedAt: epochMs('last_offered_at').notNull(),
    signedInQueues: text('signed_in_queues').array().notNull().default(sql`'{}'::text[]`),
    presenceAvailability: text('presence_availability'),
    presenceActivity: text('presence_activity'),
    presenceAt: epochMs('presence_at'),
    interactionId: uuid('interaction_id'),
    callSeenInTeams: boolean('call_seen_in_teams').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // In longest-idle order, so a matcher's page of ready agents is read from the front of the index.
    index('agents_ready_idx').on(t.tenantId, t.status, t.idleSince, t.id),
  ],
);

/**
 * The append-only event log, source of KPIs and audits. A retried write carries the same `dedupe_key`
 * and is dropped, so no event is ever recorded twice.
 */
export const events = pgTable(
  'events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    tenantId: text('tenant_id').notNull(),
    interactionId: uuid('interaction_id'),
    agentId: text('agent_id'),
    name: text('name').notNull(),
    at: epochMs('at').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    dedupeKey: text('dedupe_key'),
  },
  (t) => [
    unique('events_dedupe_key_unique').on(t.tenantId, t.dedupeKey),
    index('events_tenant_at_idx').on(t.tenantId, t.at),
    // The tail and the day's fold read a tenant's log in seq order, a page after a seq at a time.
    index('events_tenant_seq_idx').on(t.tenantId, t.seq),
    index('events_interaction_idx').on(t.interactionId),
  ],
);

/** Graph commands written with the state that caused them and sent after commit, in order per call. */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: text('tenant_id').notNull(),
    interactionId: uuid('interaction_id').notNull(),
    callId: text('call_id').notNull(),
    command: jsonb('command').$type<GraphCommand>().notNull(),
    createdAt: epochMs('created_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: epochMs('next_attempt_at').notNull(),
    sentAt: epochMs('sent_at'),
    discardedAt: epochMs('discarded_at'),
    lastError: text('last_error'),
    claimedBy: text('claimed_by'),
    claimedUntil: epochMs('claimed_until'),
  },
  (t) => [
    index('outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null and ${t.discardedAt} is null`),
    index('outbox_call_idx').on(t.callId, t.id),
  ],
);

/** Timers an interaction asked for: one row per (interaction, name), claimed by whichever instance is free. */
export const timers = pgTable(
  'timers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: text('tenant_id').notNull(),
    interactionId: uuid('interaction_id').notNull(),
    name: text('name').$type<TimerName>().notNull(),
    dueAt: epochMs('due_at').notNull(),
    claimedBy: text('claimed_by'),
    claimedUntil: epochMs('claimed_until'),
  },
  (t) => [
    unique('timers_interaction_name_unique').on(t.interactionId, t.name),
    index('timers_due_idx').on(t.dueAt),
  ],
);

/** Notes agents and supervisors write on an interaction: who, when, what (at most 4,000 characters). */
export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    interactionId: uuid('interaction_id').notNull(),
    authorId: text('author_id').notNull(),
    at: epochMs('at').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('notes_interaction_idx').on(t.tenantId, t.interactionId, t.at)],
);

/** A stored interaction row. */
export type InteractionRow = typeof interactions.$inferSelect;
/** An interaction row as written. */
export type NewInteractionRow = typeof interactions.$inferInsert;
/** A stored agent row. */
export type AgentRow = typeof agents.$inferSelect;
/** A stored event-log row. */
export type EventRow = typeof events.$inferSelect;
/** An event-log row as appended; `seq` is assigned by the database. */
export type NewEventRow = typeof events.$inferInsert;
/** A stored outbox row. */
export type OutboxRow = typeof outbox.$inferSelect;
/** A stored timer row. */
export type TimerRow = typeof timers.$inferSelect;
/** A stored note row. */
export type NoteRow = typeof notes.$inferSelect;

/**
 * The tenant's contacts directory (customer context): who a number belongs to, their company, notes and
 * VIP flag. `phone_numbers` holds E.164 numbers, found by a GIN index; the API keeps each number on one
 * contact per tenant.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    name: text('name').notNull(),
    company: text('company'),
    notes: text('notes'),
    vip: boolean('vip').notNull().default(false),
    phoneNumbers: text('phone_numbers').array().notNull().default(sql`'{}'::text[]`),
    createdAt: epochMs('created_at').notNull(),
    updatedAt: epochMs('updated_at').notNull(),
  },
  (t) => [
    index('contacts_tenant_name_idx').on(t.tenantId, t.name),
    index('contacts_phone_numbers_idx').using('gin', t.phoneNumbers),
  ],
);

/** A stored contact row. */
export type ContactRow = typeof contacts.$inferSelect;

/**
 * Where the messaging bot reaches a Teams user (or a channel, `recipient` = `channel:{id}`) in chat: the Bot
 * Framework conversation reference captured on install and on every message, so notices survive a restart.
 */
export const chatConversations = pgTable(
  'chat_conversations',
  {
    tenantId: text('tenant_id').notNull(),
    recipient: text('recipient').notNull(),
    conversationId: text('conversation_id').notNull(),
    serviceUrl: text('service_url').notNull(),
    reference: jsonb('reference').$type<Record<string, unknown>>().notNull(),
    updatedAt: epochMs('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.recipient] })],
);

/**
 * Chat notices (missed offers, supervisor alerts) waiting to be sent: written once per cause (`dedupe_key`),
 * claimed by one instance with a lease, marked sent or given up.
 */
export const chatNotices = pgTable(
  'chat_notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: text('tenant_id').notNull(),
    recipient: text('recipient').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: epochMs('created_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: epochMs('next_attempt_at').notNull(),
    sentAt: epochMs('sent_at'),
    discardedAt: epochMs('discarded_at'),
    lastError: text('last_error'),
    claimedBy: text('claimed_by'),
    claimedUntil: epochMs('claimed_until'),
  },
  (t) => [
    unique('chat_notices_dedupe_key_unique').on(t.tenantId, t.dedupeKey),
    index('chat_notices_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null and ${t.discardedAt} is null`),
  ],
);

/**
 * Each queue threshold's alert state: `raised` from the crossing until the queue is back under, so one
 * crossing alerts once whichever instance sees it; `crossings` numbers them.
 */
export const queueAlerts = pgTable(
  'queue_alerts',
  {
    tenantId: text('tenant_id').notNull(),
    queueId: text('queue_id').notNull(),
    threshold: text('threshold').notNull(),
    raised: boolean('raised').notNull(),
    crossings: integer('crossings').notNull().default(0),
    changedAt: epochMs('changed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.queueId, t.threshold] })],
);

/** How far the notice writer has read each tenant's event log, so events during a restart are not lost. */
export const chatCursors = pgTable('chat_cursors', {
  tenantId: text('tenant_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

/** A stored chat conversation reference row. */
export type ChatConversationRow = typeof chatConversations.$inferSelect;
/** A stored chat notice row. */
export type ChatNoticeRow = typeof chatNotices.$inferSelect;

/**
 * Facts the calling webhook acknowledged and has not finished processing: written before the 202, removed
 * after. `due_at` is when another instance may take them over (the writer died, or is stuck).
 */
export const inbox = pgTable(
  'inbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: text('tenant_id').notNull(),
    dueAt: epochMs('due_at').notNull(),
    facts: jsonb('facts').$type<unknown[]>().notNull(),
  },
  (t) => [index('inbox_due_idx').on(t.dueAt)],
);

/** A stored inbox row. */
export type InboxRow = typeof inbox.$inferSelect;
