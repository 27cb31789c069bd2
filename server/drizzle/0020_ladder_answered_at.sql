-- Ladder answers had no time, so nobody knows when an existing one was given. Each is dated from the
-- day its member joined the space: the earliest it can have been given, and so the safe side. A yes is
-- only counted towards a match if it was given while both people now in the space were there, so an
-- old yes counts again once its member says it anew; none given to someone who has left is revealed.
ALTER TABLE "closeness_ladder_answers" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
UPDATE "closeness_ladder_answers" AS "answers" SET "answered_at" = "members"."joined_at" FROM "space_members" AS "members" WHERE "members"."id" = "answers"."member_id";--> statement-breakpoint
ALTER TABLE "closeness_ladder_answers" ALTER COLUMN "answered_at" SET NOT NULL;
