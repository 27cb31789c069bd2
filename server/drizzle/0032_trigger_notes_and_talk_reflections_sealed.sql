ALTER TABLE "talk_reflections" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "talk_reflections" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "trigger_entries" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "talk_reflections" ADD CONSTRAINT "talk_reflections_words_check" CHECK (("talk_reflections"."sealed" is null) <> ("talk_reflections"."text" is null));--> statement-breakpoint
ALTER TABLE "trigger_entries" ADD CONSTRAINT "trigger_entries_note_check" CHECK ("trigger_entries"."sealed" is null or "trigger_entries"."note" is null);