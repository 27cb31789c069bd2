import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * How far the reminder scan has looked: every reminder due before `scanned_up_to` has been handed
 * over. One row per scan (`name`); it holds no person, space or content, only a moment.
 */
export const reminderScans = pgTable("reminder_scans", {
  name: text("name").primaryKey(),
  scannedUpTo: timestamp("scanned_up_to", { withTimezone: true }).notNull(),
});
