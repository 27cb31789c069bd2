CREATE TABLE "amend_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"amend_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"action" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "amends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"proposer_member_id" uuid NOT NULL,
	"maker_member_id" uuid NOT NULL,
	"receiver_member_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"what" text NOT NULL,
	"by_date" date,
	"counter_to_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "amend_steps" ADD CONSTRAINT "amend_steps_amend_id_amends_id_fk" FOREIGN KEY ("amend_id") REFERENCES "public"."amends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amend_steps" ADD CONSTRAINT "amend_steps_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amend_steps" ADD CONSTRAINT "amend_steps_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amends" ADD CONSTRAINT "amends_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amends" ADD CONSTRAINT "amends_proposer_member_id_space_members_id_fk" FOREIGN KEY ("proposer_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amends" ADD CONSTRAINT "amends_maker_member_id_space_members_id_fk" FOREIGN KEY ("maker_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amends" ADD CONSTRAINT "amends_receiver_member_id_space_members_id_fk" FOREIGN KEY ("receiver_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amend_steps_space_idx" ON "amend_steps" USING btree ("space_id","seq");--> statement-breakpoint
CREATE INDEX "amend_steps_amend_idx" ON "amend_steps" USING btree ("amend_id","seq");--> statement-breakpoint
CREATE INDEX "amend_steps_member_idx" ON "amend_steps" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "amends_space_idx" ON "amends" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE INDEX "amends_proposer_idx" ON "amends" USING btree ("proposer_member_id");--> statement-breakpoint
CREATE INDEX "amends_maker_idx" ON "amends" USING btree ("maker_member_id");--> statement-breakpoint
CREATE INDEX "amends_receiver_idx" ON "amends" USING btree ("receiver_member_id");--> statement-breakpoint
CREATE INDEX "amends_counter_to_idx" ON "amends" USING btree ("counter_to_id");--> statement-breakpoint
-- Amends are shared history: a proposal and every answer to it stay as written for both people.
-- Rows go only with their whole space or account (a cascade, which mend_append_only lets through).
CREATE TRIGGER amends_append_only BEFORE UPDATE OR DELETE ON "amends"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER amend_steps_append_only BEFORE UPDATE OR DELETE ON "amend_steps"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
