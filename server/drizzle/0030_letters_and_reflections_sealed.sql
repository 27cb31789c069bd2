ALTER TABLE "private_reflections" ALTER COLUMN "id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "private_reflections" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "unsent_letters" ALTER COLUMN "id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "unsent_letters" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "private_reflections" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "unsent_letters" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "private_reflections" ADD CONSTRAINT "private_reflections_words_check" CHECK (("private_reflections"."sealed" is null) <> ("private_reflections"."text" is null));--> statement-breakpoint
ALTER TABLE "unsent_letters" ADD CONSTRAINT "unsent_letters_words_check" CHECK (("unsent_letters"."sealed" is not null and "unsent_letters"."title" is null and "unsent_letters"."body" is null) or ("unsent_letters"."sealed" is null and "unsent_letters"."body" is not null));