-- The calling webhook's inbox: each notification's facts are written here before the 202, and removed once
-- processed, so facts acknowledged by an instance that dies before processing them are processed by another.
CREATE TABLE "inbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"facts" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "inbox_due_idx" ON "inbox" USING btree ("due_at");
