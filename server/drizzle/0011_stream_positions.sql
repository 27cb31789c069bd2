ALTER TABLE "space_events" ADD COLUMN "stream_position" bigint;--> statement-breakpoint
ALTER TABLE "space_members" ADD COLUMN "stream_position_at_join" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "stream_position" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "space_events_stream_position_uniq" ON "space_events" USING btree ("space_id","stream_position");