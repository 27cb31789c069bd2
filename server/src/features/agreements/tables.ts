import { agreementActions } from "@mend/core/agreements/lifecycle";
import type { ReviewSchedule } from "@mend/core/agreements/review";
import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * Boundaries and agreements. Shared history is append-only: versions, events, breach reports,
 * answers and acknowledgments are only ever inserted (a trigger refuses UPDATE and DELETE on them);
 * the only mutable column is `boundaries.retired_at`.
 */

/** A personal boundary belongs to its owner; the other person only says they have read it. */
export const boundaries = pgTable(
  "boundaries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    ownerMemberId: memberIdColumn("owner_member_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (table) => [
    index("boundaries_space_idx").on(table.spaceId, table.createdAt),
    index("boundaries_owner_idx").on(table.ownerMemberId),
  ],
);

export const boundaryVersions = pgTable(
  "boundary_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    boundaryId: uuid("boundary_id")
      .notNull()
      .references(() => boundaries.id, { onDelete: "cascade" }),
    statement: text("statement").notNull(),
    why: text("why"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("boundary_versions_boundary_idx").on(table.boundaryId, table.seq)],
);

/** "I've read this": an explicit press by the reader, never recorded by merely opening a page. */
export const boundaryAcknowledgments = pgTable(
  "boundary_acknowledgments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => boundaryVersions.id, { onDelete: "cascade" }),
    memberId: memberIdColumn("member_id"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("boundary_acknowledgments_uniq").on(table.versionId, table.memberId),
    index("boundary_acknowledgments_member_idx").on(table.memberId),
  ],
);

/** An agreement's head row never changes; its state is the replay of its events. */
export const agreements = pgTable(
  "agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    proposedByMemberId: memberIdColumn("proposed_by_member_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("agreements_space_idx").on(table.spaceId, table.createdAt),
    index("agreements_proposed_by_idx").on(table.proposedByMemberId),
  ],
);

/** Every proposal, counter, revision and renewal: immutable terms. */
export const agreementVersions = pgTable(
  "agreement_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    authorMemberId: memberIdColumn("author_member_id"),
    what: text("what").notNull(),
    need: text("need").notNull(),
    consequence: text("consequence"),
    topic: text("topic").notNull(),
    /** The members the terms ask something of. */
    appliesTo: uuid("applies_to").array().notNull(),
    review: jsonb("review").$type<ReviewSchedule>().notNull(),
    timeZone: text("time_zone").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("agreement_versions_agreement_idx").on(table.agreementId, table.seq),
    index("agreement_versions_author_idx").on(table.authorMemberId),
  ],
);

/** The agreement's state changes, in order (`seq`, since several can share a timestamp). */
export const agreementEvents = pgTable(
  "agreement_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    memberId: memberIdColumn("member_id"),
    action: text("action").notNull(),
    versionId: uuid("version_id").references(() => agreementVersions.id, { onDelete: "cascade" }),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("agreement_events_agreement_idx").on(table.agreementId, table.seq),
    check(
      "agreement_events_action",
      sql.raw(`action in (${agreementActions.map((a) => `'${a}'`).join(", ")})`),
    ),
    index("agreement_events_version_idx").on(table.versionId),
    index("agreement_events_member_idx").on(table.memberId),
  ],
);

export const agreementBreaches = pgTable(
  "agreement_breaches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    /** The terms in force when it was reported. */
    versionId: uuid("version_id")
      .notNull()
      .references(() => agreementVersions.id, { onDelete: "cascade" }),
    reportedByMemberId: memberIdColumn("reported_by_member_id"),
    breachedByMemberId: memberIdColumn("breached_by_member_id"),
    account: text("account").notNull(),
    happenedAt: timestamp("happened_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("agreement_breaches_agreement_idx").on(table.agreementId, table.seq),
    index("agreement_breaches_version_idx").on(table.versionId),
    index("agreement_breaches_reported_by_idx").on(table.reportedByMemberId),
    index("agreement_breaches_breached_by_idx").on(table.breachedByMemberId),
  ],
);

/** The reported person's one answer to a breach someone else reported. */
export const agreementBreachResponses = pgTable(
  "agreement_breach_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    breachId: uuid("breach_id")
      .notNull()
      .unique()
      .references(() => agreementBreaches.id, { onDelete: "cascade" }),
    memberId: memberIdColumn("member_id"),
    response: text("response").notNull(),
    account: text("account"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    check("agreement_breach_responses_response", sql`${table.response} in ('agreed', 'disputed')`),
    index("agreement_breach_responses_member_idx").on(table.memberId),
  ],
);
