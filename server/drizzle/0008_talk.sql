CREATE TABLE "statement_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"parts" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"space_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"response" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" integer NOT NULL,
	"parts" jsonb NOT NULL,
	"shared_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"detail" text NOT NULL,
	"topic" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"question_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text,
	"answer_by" timestamp with time zone,
	"note" text,
	"replaces_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"asker_member_id" uuid NOT NULL,
	"answerer_member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"detail" text NOT NULL,
	"topic" text,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talk_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"talk_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone,
	"return_at" timestamp with time zone,
	"suggestion" text,
	"finished" boolean,
	"text" text,
	"turn_id" uuid,
	"rating" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talk_reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talk_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"proposer_member_id" uuid NOT NULL,
	"partner_member_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"limit_minutes" integer NOT NULL,
	"ground_rules" text[] NOT NULL,
	"custom_rules" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reassurance_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"helped" boolean NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reassurance_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"request_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reassurance_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"requester_member_id" uuid NOT NULL,
	"recipient_member_id" uuid NOT NULL,
	"trigger_id" uuid,
	"ask" text,
	"message" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trigger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"category" text NOT NULL,
	"intensity" integer NOT NULL,
	"note" text,
	"logged_at" timestamp with time zone NOT NULL,
	"shared_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "statement_drafts" ADD CONSTRAINT "statement_drafts_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_drafts" ADD CONSTRAINT "statement_drafts_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_responses" ADD CONSTRAINT "statement_responses_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_responses" ADD CONSTRAINT "statement_responses_version_id_statement_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."statement_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_responses" ADD CONSTRAINT "statement_responses_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_versions" ADD CONSTRAINT "statement_versions_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_versions" ADD CONSTRAINT "statement_versions_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_drafts" ADD CONSTRAINT "question_drafts_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_drafts" ADD CONSTRAINT "question_drafts_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_steps" ADD CONSTRAINT "question_steps_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_steps" ADD CONSTRAINT "question_steps_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_steps" ADD CONSTRAINT "question_steps_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_asker_member_id_space_members_id_fk" FOREIGN KEY ("asker_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_answerer_member_id_space_members_id_fk" FOREIGN KEY ("answerer_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_entries" ADD CONSTRAINT "talk_entries_talk_id_talks_id_fk" FOREIGN KEY ("talk_id") REFERENCES "public"."talks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_entries" ADD CONSTRAINT "talk_entries_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_entries" ADD CONSTRAINT "talk_entries_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_reflections" ADD CONSTRAINT "talk_reflections_talk_id_talks_id_fk" FOREIGN KEY ("talk_id") REFERENCES "public"."talks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_reflections" ADD CONSTRAINT "talk_reflections_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_reflections" ADD CONSTRAINT "talk_reflections_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_proposer_member_id_space_members_id_fk" FOREIGN KEY ("proposer_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_partner_member_id_space_members_id_fk" FOREIGN KEY ("partner_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_outcomes" ADD CONSTRAINT "reassurance_outcomes_request_id_reassurance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."reassurance_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_outcomes" ADD CONSTRAINT "reassurance_outcomes_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_outcomes" ADD CONSTRAINT "reassurance_outcomes_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_replies" ADD CONSTRAINT "reassurance_replies_request_id_reassurance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."reassurance_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_replies" ADD CONSTRAINT "reassurance_replies_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_replies" ADD CONSTRAINT "reassurance_replies_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_requests" ADD CONSTRAINT "reassurance_requests_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_requests" ADD CONSTRAINT "reassurance_requests_requester_member_id_space_members_id_fk" FOREIGN KEY ("requester_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_requests" ADD CONSTRAINT "reassurance_requests_recipient_member_id_space_members_id_fk" FOREIGN KEY ("recipient_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_requests" ADD CONSTRAINT "reassurance_requests_trigger_id_trigger_entries_id_fk" FOREIGN KEY ("trigger_id") REFERENCES "public"."trigger_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_entries" ADD CONSTRAINT "trigger_entries_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_entries" ADD CONSTRAINT "trigger_entries_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "statement_drafts_member_kind_uniq" ON "statement_drafts" USING btree ("member_id","kind");--> statement-breakpoint
CREATE INDEX "statement_responses_space_idx" ON "statement_responses" USING btree ("space_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "statement_versions_number_uniq" ON "statement_versions" USING btree ("member_id","kind","number");--> statement-breakpoint
CREATE INDEX "statement_versions_space_idx" ON "statement_versions" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "question_drafts_member_idx" ON "question_drafts" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "question_steps_space_idx" ON "question_steps" USING btree ("space_id","seq");--> statement-breakpoint
CREATE INDEX "questions_space_idx" ON "questions" USING btree ("space_id","sent_at");--> statement-breakpoint
CREATE INDEX "talk_entries_space_idx" ON "talk_entries" USING btree ("space_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "talk_reflections_member_uniq" ON "talk_reflections" USING btree ("talk_id","member_id");--> statement-breakpoint
CREATE INDEX "talks_space_idx" ON "talks" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reassurance_outcomes_request_uniq" ON "reassurance_outcomes" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "reassurance_replies_space_idx" ON "reassurance_replies" USING btree ("space_id","seq");--> statement-breakpoint
CREATE INDEX "reassurance_requests_space_idx" ON "reassurance_requests" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE INDEX "trigger_entries_space_idx" ON "trigger_entries" USING btree ("space_id","occurred_at");