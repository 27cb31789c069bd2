import type { Sharing, TrustSign } from "@mend/core/checkins/fields";
import type { ElementRatings, EmotionIntensities, SafetyAnswer } from "@mend/core/checkins/schema";
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * One check-in by one member. What was written never changes (a trigger refuses it, see the
 * `checkins_content_immutable` migration); only `sharing` may, since sharing is revocable.
 */
export const checkins = pgTable(
  "checkins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    kind: text("kind").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    /** The author's offset from UTC when they wrote it: all the calendar needs, and no place name. */
    utcOffsetMinutes: integer("utc_offset_minutes").notNull(),
    trustNow: integer("trust_now").notNull(),
    elements: jsonb("elements").$type<ElementRatings>(),
    emotions: jsonb("emotions").$type<EmotionIntensities>().notNull(),
    signs: text("signs").array().$type<TrustSign[]>().notNull(),
    need: text("need"),
    privateNote: text("private_note"),
    /** Write-only for everyone: read back only as the author's own follow-up flag. */
    safety: jsonb("safety").$type<SafetyAnswer>(),
    sharing: jsonb("sharing").$type<Sharing>().notNull(),
  },
  (table) => [
    index("checkins_space_member_idx").on(table.spaceId, table.memberId, table.submittedAt),
    check("checkins_kind_check", sql`${table.kind} in ('daily', 'weekly')`),
    check(
      "checkins_elements_weekly_check",
      sql`(${table.kind} = 'weekly') = (${table.elements} is not null)`,
    ),
    check("checkins_trust_now_check", sql`${table.trustNow} between 0 and 10`),
    index("checkins_member_idx").on(table.memberId),
  ],
);
