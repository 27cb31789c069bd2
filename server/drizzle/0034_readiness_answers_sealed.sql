ALTER TABLE "readiness_checks" ALTER COLUMN "answers" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "readiness_checks" ADD COLUMN "sealed_answers" text;--> statement-breakpoint
ALTER TABLE "readiness_checks" DROP COLUMN "path";--> statement-breakpoint
ALTER TABLE "readiness_checks" ADD CONSTRAINT "readiness_checks_answers_check" CHECK (("readiness_checks"."sealed_answers" is null) <> ("readiness_checks"."answers" is null));
