ALTER TABLE "question_drafts" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "question_drafts" ALTER COLUMN "detail" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "question_drafts" ADD COLUMN "sealed" text;