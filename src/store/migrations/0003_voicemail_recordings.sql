ALTER TABLE "interactions" ADD COLUMN "recording_id" text;
