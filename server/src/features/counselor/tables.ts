import { date, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { accounts } from "../accounts/tables.ts";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * One counselor invitation is one period of access (core/src/counselor/consent.ts): its link (only a
 * hash of the secret is kept), the account that opened it, and when it ended. Who ended it is not
 * stored anywhere, so a person who needs to end it quietly can.
 */
export const counselorInvitations = pgTable(
  "counselor_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    counselorAccountId: uuid("counselor_account_id").references(() => accounts.id, { onDelete: "cascade" }),
    counselorJoinedAt: timestamp("counselor_joined_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (table) => [
    index("counselor_invitations_space_idx").on(table.spaceId),
    index("counselor_invitations_counselor_idx").on(table.counselorAccountId),
  ],
);

/** Each member's yes to the counselor of one invitation, given on their own screen. */
export const counselorConsents = pgTable(
  "counselor_consents",
  {
    invitationId: uuid("invitation_id")
      .notNull()
      .references(() => counselorInvitations.id, { onDelete: "cascade" }),
    memberId: memberIdColumn("member_id"),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    unique("counselor_consents_once").on(table.invitationId, table.memberId),
    index("counselor_consents_member_idx").on(table.memberId),
  ],
);

/** The days a counselor looked at a space: both members see them, so access is never invisible. */
export const counselorVisits = pgTable(
  "counselor_visits",
  {
    invitationId: uuid("invitation_id")
      .notNull()
      .references(() => counselorInvitations.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
  },
  (table) => [unique("counselor_visits_once_a_day").on(table.invitationId, table.day)],
);

/** Notes a counselor writes to both members: shared history, append-only (a database trigger). */
export const counselorNotes = pgTable(
  "counselor_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    invitationId: uuid("invitation_id")
      .notNull()
      .references(() => counselorInvitations.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("counselor_notes_space_idx").on(table.spaceId),
    index("counselor_notes_invitation_idx").on(table.invitationId),
  ],
);
