ALTER TABLE "statement_drafts" ALTER COLUMN "parts" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "drafts" ALTER COLUMN "fields" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "question_drafts" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "question_drafts" ALTER COLUMN "detail" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "statement_drafts" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "question_drafts" ADD COLUMN "sealed" text;--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_id_uniq" ON "drafts" USING btree ("id");