import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/** Single-use invitation links; only a hash of the secret is stored, so a lost link is replaced, not shown again. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    createdByMemberId: memberIdColumn("created_by_member_id"),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    /** When an account was made through this link: on an invite-only Mend one link makes one account. */
    signedUpAt: timestamp("signed_up_at", { withTimezone: true }),
  },
  (table) => [
    index("invitations_space_idx").on(table.spaceId),
    index("invitations_created_by_idx").on(table.createdByMemberId),
  ],
);
