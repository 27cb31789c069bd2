CREATE TABLE "counselor_consents" (
	"invitation_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	CONSTRAINT "counselor_consents_once" UNIQUE("invitation_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "counselor_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"counselor_account_id" uuid,
	"counselor_joined_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "counselor_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "counselor_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"text" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counselor_visits" (
	"invitation_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "counselor_visits_once_a_day" UNIQUE("invitation_id","day")
);
--> statement-breakpoint
ALTER TABLE "counselor_consents" ADD CONSTRAINT "counselor_consents_invitation_id_counselor_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."counselor_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselor_consents" ADD CONSTRAINT "counselor_consents_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselor_invitations" ADD CONSTRAINT "counselor_invitations_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselor_invitations" ADD CONSTRAINT "counselor_invitations_counselor_account_id_accounts_id_fk" FOREIGN KEY ("counselor_account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselor_notes" ADD CONSTRAINT "counselor_notes_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselor_notes" ADD CONSTRAINT "counselor_notes_invitation_id_counselor_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."counselor_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselor_visits" ADD CONSTRAINT "counselor_visits_invitation_id_counselor_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."counselor_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counselor_consents_member_idx" ON "counselor_consents" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "counselor_invitations_space_idx" ON "counselor_invitations" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "counselor_invitations_counselor_idx" ON "counselor_invitations" USING btree ("counselor_account_id");--> statement-breakpoint
CREATE INDEX "counselor_notes_space_idx" ON "counselor_notes" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "counselor_notes_invitation_idx" ON "counselor_notes" USING btree ("invitation_id");--> statement-breakpoint
-- A counselor's notes to both are shared history: they go only with their whole space or account
-- (a cascade, which mend_append_only lets through).
CREATE TRIGGER counselor_notes_append_only BEFORE UPDATE OR DELETE ON "counselor_notes"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
