CREATE TABLE "agreement_breach_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"breach_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"response" text NOT NULL,
	"account" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreement_breach_responses_breach_id_unique" UNIQUE("breach_id"),
	CONSTRAINT "agreement_breach_responses_response" CHECK ("agreement_breach_responses"."response" in ('agreed', 'disputed'))
);
--> statement-breakpoint
CREATE TABLE "agreement_breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"reported_by_member_id" uuid NOT NULL,
	"breached_by_member_id" uuid NOT NULL,
	"account" text NOT NULL,
	"happened_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"agreement_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"action" text NOT NULL,
	"version_id" uuid,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreement_events_action" CHECK (action in ('propose', 'counter', 'accept', 'decline', 'cancel', 'renew', 'revise', 'retire', 'withdraw'))
);
--> statement-breakpoint
CREATE TABLE "agreement_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"agreement_id" uuid NOT NULL,
	"author_member_id" uuid NOT NULL,
	"what" text NOT NULL,
	"need" text NOT NULL,
	"consequence" text,
	"topic" text NOT NULL,
	"applies_to" uuid[] NOT NULL,
	"review" jsonb NOT NULL,
	"time_zone" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"proposed_by_member_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boundaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"owner_member_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "boundary_acknowledgments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boundary_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"boundary_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"why" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"discreet" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "promise_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"promise_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"occurrence" text NOT NULL,
	"outcome" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "promise_marks_outcome" CHECK ("promise_marks"."outcome" in ('kept', 'missed'))
);
--> statement-breakpoint
CREATE TABLE "promise_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"mark_id" uuid,
	"act_id" uuid,
	"member_id" uuid NOT NULL,
	"response" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "promise_responses_one_subject" CHECK (("promise_responses"."mark_id" is null) <> ("promise_responses"."act_id" is null)),
	CONSTRAINT "promise_responses_response" CHECK ("promise_responses"."response" in ('confirmed', 'disputed'))
);
--> statement-breakpoint
CREATE TABLE "promises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"maker_member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"schedule" jsonb NOT NULL,
	"time_zone" text NOT NULL,
	"grace_hours" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_note" text
);
--> statement-breakpoint
CREATE TABLE "transparency_acts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"note" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_breach_responses" ADD CONSTRAINT "agreement_breach_responses_breach_id_agreement_breaches_id_fk" FOREIGN KEY ("breach_id") REFERENCES "public"."agreement_breaches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_breach_responses" ADD CONSTRAINT "agreement_breach_responses_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_breaches" ADD CONSTRAINT "agreement_breaches_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_breaches" ADD CONSTRAINT "agreement_breaches_version_id_agreement_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."agreement_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_breaches" ADD CONSTRAINT "agreement_breaches_reported_by_member_id_space_members_id_fk" FOREIGN KEY ("reported_by_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_breaches" ADD CONSTRAINT "agreement_breaches_breached_by_member_id_space_members_id_fk" FOREIGN KEY ("breached_by_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_version_id_agreement_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."agreement_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_author_member_id_space_members_id_fk" FOREIGN KEY ("author_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_proposed_by_member_id_space_members_id_fk" FOREIGN KEY ("proposed_by_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boundaries" ADD CONSTRAINT "boundaries_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boundaries" ADD CONSTRAINT "boundaries_owner_member_id_space_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boundary_acknowledgments" ADD CONSTRAINT "boundary_acknowledgments_version_id_boundary_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."boundary_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boundary_acknowledgments" ADD CONSTRAINT "boundary_acknowledgments_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boundary_versions" ADD CONSTRAINT "boundary_versions_boundary_id_boundaries_id_fk" FOREIGN KEY ("boundary_id") REFERENCES "public"."boundaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_marks" ADD CONSTRAINT "promise_marks_promise_id_promises_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."promises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_marks" ADD CONSTRAINT "promise_marks_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_responses" ADD CONSTRAINT "promise_responses_mark_id_promise_marks_id_fk" FOREIGN KEY ("mark_id") REFERENCES "public"."promise_marks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_responses" ADD CONSTRAINT "promise_responses_act_id_transparency_acts_id_fk" FOREIGN KEY ("act_id") REFERENCES "public"."transparency_acts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_responses" ADD CONSTRAINT "promise_responses_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_maker_member_id_space_members_id_fk" FOREIGN KEY ("maker_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_acts" ADD CONSTRAINT "transparency_acts_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_acts" ADD CONSTRAINT "transparency_acts_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_breaches_agreement_idx" ON "agreement_breaches" USING btree ("agreement_id","seq");--> statement-breakpoint
CREATE INDEX "agreement_events_agreement_idx" ON "agreement_events" USING btree ("agreement_id","seq");--> statement-breakpoint
CREATE INDEX "agreement_versions_agreement_idx" ON "agreement_versions" USING btree ("agreement_id","seq");--> statement-breakpoint
CREATE INDEX "agreements_space_idx" ON "agreements" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE INDEX "boundaries_space_idx" ON "boundaries" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "boundary_acknowledgments_uniq" ON "boundary_acknowledgments" USING btree ("version_id","member_id");--> statement-breakpoint
CREATE INDEX "boundary_versions_boundary_idx" ON "boundary_versions" USING btree ("boundary_id","seq");--> statement-breakpoint
CREATE INDEX "calendar_feeds_member_idx" ON "calendar_feeds" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "promise_marks_occurrence_uniq" ON "promise_marks" USING btree ("promise_id","occurrence");--> statement-breakpoint
CREATE INDEX "promise_responses_mark_idx" ON "promise_responses" USING btree ("mark_id","seq");--> statement-breakpoint
CREATE INDEX "promise_responses_act_idx" ON "promise_responses" USING btree ("act_id","seq");--> statement-breakpoint
CREATE INDEX "promises_space_idx" ON "promises" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE INDEX "transparency_acts_space_idx" ON "transparency_acts" USING btree ("space_id","at");