-- Custom SQL migration (drizzle-kit does not model triggers): every statement that appends to the event log
-- sends, per tenant, `{"schema","tenantId","seq"}` (the highest seq it appended) on channel
-- `switchboard_events`. PostgreSQL delivers a NOTIFY only when its transaction commits, and drops it on
-- rollback, so listeners hear of committed events only; the realtime API tails the log on each notice.
CREATE FUNCTION "events_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(
    'switchboard_events',
    json_build_object('schema', TG_TABLE_SCHEMA, 'tenantId', tenant_id, 'seq', max(seq))::text
  )
  FROM appended
  GROUP BY tenant_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "events_notify" AFTER INSERT ON "events" REFERENCING NEW TABLE AS appended
  FOR EACH STATEMENT EXECUTE FUNCTION "events_notify"();
