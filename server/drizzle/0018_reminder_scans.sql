CREATE TABLE "reminder_scans" (
	"name" text PRIMARY KEY NOT NULL,
	"scanned_up_to" timestamp with time zone NOT NULL
);
