CREATE TABLE "appreciations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"from_member_id" uuid NOT NULL,
	"to_member_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "closeness_ladder_answers" (
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"answer" text NOT NULL,
	CONSTRAINT "closeness_ladder_answers_member_id_step_id_pk" PRIMARY KEY("member_id","step_id"),
	CONSTRAINT "closeness_ladder_answers_answer_check" CHECK ("closeness_ladder_answers"."answer" in ('yes', 'maybe_later', 'no'))
);
--> statement-breakpoint
CREATE TABLE "time_together_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"idea_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "time_together_reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "time_together_reflections_plan_member_uniq" UNIQUE("plan_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "time_together_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"planned_for" date,
	"status" text NOT NULL,
	"by_member_id" uuid,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "time_together_versions_plan_version_uniq" UNIQUE("plan_id","version"),
	CONSTRAINT "time_together_versions_status_check" CHECK ("time_together_versions"."status" in ('planned', 'done', 'set_aside'))
);
--> statement-breakpoint
CREATE TABLE "space_endings" (
	"space_id" uuid PRIMARY KEY NOT NULL,
	"ended_by_member_id" uuid,
	"ended_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forgiveness_reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"step" text NOT NULL,
	"text" text NOT NULL,
	"resentment" integer,
	"created_at" timestamp with time zone NOT NULL,
	"shared_at" timestamp with time zone,
	CONSTRAINT "forgiveness_reflections_step_check" CHECK ("forgiveness_reflections"."step" in ('name_the_hurt', 'feel_it', 'release_resentment', 'choose_to_forgive', 'accept_imperfection')),
	CONSTRAINT "forgiveness_reflections_resentment_check" CHECK ("forgiveness_reflections"."resentment" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "private_reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"prompt_id" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "private_reflections_kind_check" CHECK ("private_reflections"."kind" in ('self_trust', 'learning_from_past', 'self_compassion', 'letting_go'))
);
--> statement-breakpoint
CREATE TABLE "unsent_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "maintenance_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"member_id" uuid,
	"held_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appreciations" ADD CONSTRAINT "appreciations_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appreciations" ADD CONSTRAINT "appreciations_from_member_id_space_members_id_fk" FOREIGN KEY ("from_member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appreciations" ADD CONSTRAINT "appreciations_to_member_id_space_members_id_fk" FOREIGN KEY ("to_member_id") REFERENCES "public"."space_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closeness_ladder_answers" ADD CONSTRAINT "closeness_ladder_answers_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closeness_ladder_answers" ADD CONSTRAINT "closeness_ladder_answers_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_together_plans" ADD CONSTRAINT "time_together_plans_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_together_reflections" ADD CONSTRAINT "time_together_reflections_plan_id_time_together_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."time_together_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_together_reflections" ADD CONSTRAINT "time_together_reflections_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_together_versions" ADD CONSTRAINT "time_together_versions_plan_id_time_together_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."time_together_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_together_versions" ADD CONSTRAINT "time_together_versions_by_member_id_space_members_id_fk" FOREIGN KEY ("by_member_id") REFERENCES "public"."space_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_endings" ADD CONSTRAINT "space_endings_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_endings" ADD CONSTRAINT "space_endings_ended_by_member_id_space_members_id_fk" FOREIGN KEY ("ended_by_member_id") REFERENCES "public"."space_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forgiveness_reflections" ADD CONSTRAINT "forgiveness_reflections_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forgiveness_reflections" ADD CONSTRAINT "forgiveness_reflections_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_reflections" ADD CONSTRAINT "private_reflections_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_reflections" ADD CONSTRAINT "private_reflections_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unsent_letters" ADD CONSTRAINT "unsent_letters_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unsent_letters" ADD CONSTRAINT "unsent_letters_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_reviews" ADD CONSTRAINT "maintenance_reviews_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_reviews" ADD CONSTRAINT "maintenance_reviews_member_id_space_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."space_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appreciations_to_idx" ON "appreciations" USING btree ("to_member_id","created_at");--> statement-breakpoint
CREATE INDEX "appreciations_from_idx" ON "appreciations" USING btree ("from_member_id","created_at");--> statement-breakpoint
CREATE INDEX "closeness_ladder_answers_space_idx" ON "closeness_ladder_answers" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "time_together_plans_space_idx" ON "time_together_plans" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE INDEX "space_endings_closes_idx" ON "space_endings" USING btree ("closes_at");--> statement-breakpoint
CREATE INDEX "forgiveness_reflections_member_idx" ON "forgiveness_reflections" USING btree ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "forgiveness_reflections_space_idx" ON "forgiveness_reflections" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "private_reflections_member_idx" ON "private_reflections" USING btree ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "unsent_letters_member_idx" ON "unsent_letters" USING btree ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "maintenance_reviews_space_idx" ON "maintenance_reviews" USING btree ("space_id","held_at");