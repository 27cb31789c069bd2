ALTER TABLE "private_reflections" ALTER COLUMN "id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "private_reflections" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "private_reflections" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "private_reflections" ADD CONSTRAINT "private_reflections_words_check" CHECK (("private_reflections"."sealed" is null) <> ("private_reflections"."text" is null));