CREATE TABLE "checkin_cadences" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"rhythm" text NOT NULL,
	"weekday" integer,
	"time_zone" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "checkin_cadences_rhythm_check" CHECK ("checkin_cadences"."rhythm" in ('daily', 'weekly', 'off')),
	CONSTRAINT "checkin_cadences_weekday_check" CHECK (("checkin_cadences"."rhythm" = 'weekly') = ("checkin_cadences"."weekday" is not null) and ("checkin_cadences"."weekday" between 0 and 6 or "checkin_cadences"."weekday" is null)),
	CONSTRAINT "checkin_cadences_time_zone_check" CHECK (("checkin_cadences"."rhythm" = 'off') = ("checkin_cadences"."time_zone" is null))
);
--> statement-breakpoint
ALTER TABLE "checkin_cadences" ADD CONSTRAINT "checkin_cadences_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_cadences" ADD CONSTRAINT "checkin_cadences_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkin_cadences_space_idx" ON "checkin_cadences" USING btree ("space_id");