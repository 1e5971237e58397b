DROP INDEX "agents_status_idx";--> statement-breakpoint
CREATE INDEX "agents_ready_idx" ON "agents" USING btree ("tenant_id","status","idle_since","id");