import type { Sharing, TrustSign } from "@mend/core/checkins/fields";
import type { ElementRatings, EmotionIntensities, SafetyAnswer } from "@mend/core/checkins/schema";
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";
import { spaceMembers } from "../spaces/tables.ts";

/**
 * One check-in by one member. What was written never changes (a trigger refuses it, see the
 * `checkins_content_immutable` migrations); only `sharing` may, since sharing is revocable, and a
 * private note from before the vault may be swapped once for its envelope. The private note is sealed
 * in the author's vault (`sealedNote`) and never shared; `privateNote` holds one written before the
 * vault, until its author next opens their check-ins and it is sealed.
 */
export const checkins = pgTable(
  "checkins",
  {
    // Made by the browser when a note is sealed under it (the id is bound into the envelope).
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
    sealedNote: text("sealed_note"),
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
    check("checkins_note_check", sql`${table.sealedNote} is null or ${table.privateNote} is null`),
    index("checkins_member_idx").on(table.memberId),
  ],
);

/**
 * The check-in rhythm a member chose for themselves (`checkinCadenceInput`): read and changed only
 * by them, never shown, exported, streamed or counted for the other person, and no space event is
 * recorded when it changes (its timing alone would tell). No row: "auto", the rhythm their
 * check-ins show.
 */
export const checkinCadences = pgTable(
  "checkin_cadences",
  {
    memberId: uuid("member_id")
      .primaryKey()
      .references(() => spaceMembers.id, { onDelete: "cascade" }),
    spaceId: spaceIdColumn(),
    rhythm: text("rhythm").$type<"daily" | "weekly" | "off">().notNull(),
    /** For a weekly rhythm, its day (0 is Sunday). */
    weekday: integer("weekday"),
    /** The zone the person's evenings are read in, for a daily or weekly rhythm. */
    timeZone: text("time_zone"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("checkin_cadences_space_idx").on(table.spaceId),
    check("checkin_cadences_rhythm_check", sql`${table.rhythm} in ('daily', 'weekly', 'off')`),
    check(
      "checkin_cadences_weekday_check",
      sql`(${table.rhythm} = 'weekly') = (${table.weekday} is not null) and (${table.weekday} between 0 and 6 or ${table.weekday} is null)`,
    ),
    check("checkin_cadences_time_zone_check", sql`(${table.rhythm} = 'off') = (${table.timeZone} is null)`),
  ],
);
