CREATE TABLE "checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"utc_offset_minutes" integer NOT NULL,
	"trust_now" integer NOT NULL,
	"elements" jsonb,
	"emotions" jsonb NOT NULL,
	"signs" text[] NOT NULL,
	"need" text,
	"private_note" text,
	"safety" jsonb,
	"sharing" jsonb NOT NULL,
	CONSTRAINT "checkins_kind_check" CHECK ("checkins"."kind" in ('daily', 'weekly')),
	CONSTRAINT "checkins_elements_weekly_check" CHECK (("checkins"."kind" = 'weekly') = ("checkins"."elements" is not null)),
	CONSTRAINT "checkins_trust_now_check" CHECK ("checkins"."trust_now" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkins_space_member_idx" ON "checkins" USING btree ("space_id","member_id","submitted_at");