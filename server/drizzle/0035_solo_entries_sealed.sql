ALTER TABLE "private_entries" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "private_entries" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "private_entries" ADD COLUMN "revisit_on" date;--> statement-breakpoint
ALTER TABLE "private_entries" ADD COLUMN "shared_texts" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "private_entries" ADD CONSTRAINT "private_entries_sealed_or_plain" CHECK (("private_entries"."sealed" is null) <> ("private_entries"."body" is null));--> statement-breakpoint
-- The revisit date of each decision made before the vault, kept in the clear beside its words for its
-- author's reminder; the words themselves are sealed when their author next opens the deciding page.
UPDATE "private_entries" SET "revisit_on" = ("body"->>'revisitOn')::date WHERE "kind" = 'decision';
