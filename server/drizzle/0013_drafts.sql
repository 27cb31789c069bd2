CREATE TABLE "drafts" (
	"member_id" uuid NOT NULL,
	"form_key" text NOT NULL,
	"fields" jsonb NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drafts_member_id_form_key_pk" PRIMARY KEY("member_id","form_key")
);
--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;