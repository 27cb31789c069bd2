CREATE TABLE "account_keys" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"salt" text NOT NULL,
	"memory_kib" integer NOT NULL,
	"passes" integer NOT NULL,
	"wrapped_by_password" text,
	"locked_salt" text,
	"locked_memory_kib" integer,
	"locked_passes" integer,
	"locked_wrapped_by_password" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_keys" ADD CONSTRAINT "account_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;