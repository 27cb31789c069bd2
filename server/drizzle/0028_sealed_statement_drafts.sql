ALTER TABLE "statement_drafts" ALTER COLUMN "parts" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "statement_drafts" ADD COLUMN "sealed" text;