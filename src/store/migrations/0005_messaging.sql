CREATE TABLE "chat_conversations" (
	"tenant_id" text NOT NULL,
	"recipient" text NOT NULL,
	"conversation_id" text NOT NULL,
	"service_url" text NOT NULL,
	"reference" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "chat_conversations_tenant_id_recipient_pk" PRIMARY KEY("tenant_id","recipient")
);
--> statement-breakpoint
CREATE TABLE "chat_notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"recipient" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"discarded_at" timestamp with time zone,
	"last_error" text,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	CONSTRAINT "chat_notices_dedupe_key_unique" UNIQUE("tenant_id","dedupe_key")
);
--> statement-breakpoint
CREATE INDEX "chat_notices_pending_idx" ON "chat_notices" USING btree ("next_attempt_at") WHERE "chat_notices"."sent_at" is null and "chat_notices"."discarded_at" is null;--> statement-breakpoint
CREATE TABLE "queue_alerts" (
	"tenant_id" text NOT NULL,
	"queue_id" text NOT NULL,
	"threshold" text NOT NULL,
	"raised" boolean NOT NULL,
	"crossings" integer DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "queue_alerts_tenant_id_queue_id_threshold_pk" PRIMARY KEY("tenant_id","queue_id","threshold")
);
--> statement-breakpoint
CREATE TABLE "chat_cursors" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL
);
