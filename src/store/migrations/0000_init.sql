CREATE TABLE "agents" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"since" timestamp with time zone NOT NULL,
	"idle_since" timestamp with time zone NOT NULL,
	"last_offered_at" timestamp with time zone NOT NULL,
	"signed_in_queues" text[] DEFAULT '{}'::text[] NOT NULL,
	"presence_availability" text,
	"presence_activity" text,
	"presence_at" timestamp with time zone,
	"interaction_id" uuid,
	"call_seen_in_teams" boolean DEFAULT false NOT NULL,
	CONSTRAINT "agents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"interaction_id" uuid,
	"agent_id" text,
	"name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL,
	"dedupe_key" text,
	CONSTRAINT "events_dedupe_key_unique" UNIQUE("tenant_id","dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"call_id" text NOT NULL,
	"channel" text NOT NULL,
	"caller" text,
	"dialled" text NOT NULL,
	"flow_id" text NOT NULL,
	"ivr_path" jsonb NOT NULL,
	"state" jsonb NOT NULL,
	"media" jsonb NOT NULL,
	"state_kind" text NOT NULL,
	"queue_id" text,
	"priority" integer,
	"queue_rank" double precision,
	"enqueued_at" timestamp with time zone,
	"arrived_at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interactions_call_id_unique" UNIQUE("call_id")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"interaction_id" uuid NOT NULL,
	"call_id" text NOT NULL,
	"command" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"discarded_at" timestamp with time zone,
	"last_error" text,
	"claimed_by" text,
	"claimed_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "timers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"interaction_id" uuid NOT NULL,
	"name" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	CONSTRAINT "timers_interaction_name_unique" UNIQUE("interaction_id","name")
);
--> statement-breakpoint
CREATE INDEX "agents_status_idx" ON "agents" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "events_tenant_at_idx" ON "events" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "events_interaction_idx" ON "events" USING btree ("interaction_id");--> statement-breakpoint
CREATE INDEX "interactions_routing_idx" ON "interactions" USING btree ("tenant_id","queue_id","state_kind","priority","queue_rank");--> statement-breakpoint
CREATE INDEX "interactions_tenant_state_idx" ON "interactions" USING btree ("tenant_id","state_kind");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("next_attempt_at") WHERE "outbox"."sent_at" is null and "outbox"."discarded_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_call_idx" ON "outbox" USING btree ("call_id","id");--> statement-breakpoint
CREATE INDEX "timers_due_idx" ON "timers" USING btree ("due_at");