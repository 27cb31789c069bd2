CREATE TABLE "private_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"prompt_id" text,
	"body" jsonb NOT NULL,
	"done_at" timestamp with time zone,
	"shared_parts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "private_entries_one_answer_per_prompt" UNIQUE("member_id","prompt_id"),
	CONSTRAINT "private_entries_kind_check" CHECK ("private_entries"."kind" in ('timeline', 'supporter', 'own_amend', 'prompt_answer', 'decision'))
);
--> statement-breakpoint
ALTER TABLE "private_entries" ADD CONSTRAINT "private_entries_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_entries" ADD CONSTRAINT "private_entries_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "private_entries_member_idx" ON "private_entries" USING btree ("member_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "private_entries_space_idx" ON "private_entries" USING btree ("space_id");