CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"interaction_id" uuid NOT NULL,
	"author_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "notes_interaction_idx" ON "notes" USING btree ("tenant_id","interaction_id","at");--> statement-breakpoint
CREATE INDEX "interactions_tenant_caller_idx" ON "interactions" USING btree ("tenant_id","caller","arrived_at");