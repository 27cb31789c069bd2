import type { StatementKind } from "@mend/core/acknowledgment/parts";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import type { SpaceRead } from "../../db/space-reads.ts";
import { isUuid } from "../spaces/repo.ts";
import { statementDrafts, statementResponses, statementVersions } from "./tables.ts";

export type DraftRow = typeof statementDrafts.$inferSelect;
export type VersionRow = typeof statementVersions.$inferSelect;
export type ResponseRow = typeof statementResponses.$inferSelect;

export function statementsRepo(db: Database) {
  return {
    /** Keeps the envelope under the id it was sealed with; words kept in the clear go in the same statement. */
    async saveDraft(values: {
      id: string;
      spaceId: string;
      memberId: string;
      kind: StatementKind;
      sealed: string;
      updatedAt: Date;
    }): Promise<DraftRow> {
      const [row] = await db
        .insert(statementDrafts)
        .values({ ...values, parts: null })
        .onConflictDoUpdate({
          target: [statementDrafts.memberId, statementDrafts.kind],
          set: { id: values.id, sealed: values.sealed, parts: null, updatedAt: values.updatedAt },
        })
        .returning();
      if (!row) throw new Error("upsert returned no row");
      return row;
    },

    async draftById(id: string): Promise<DraftRow | undefined> {
      const [row] = await db.select().from(statementDrafts).where(eq(statementDrafts.id, id));
      return row;
    },

    async draftsOf(memberId: string): Promise<DraftRow[]> {
      return db.select().from(statementDrafts).where(eq(statementDrafts.memberId, memberId));
    },

    async deleteDraft(memberId: string, kind: StatementKind): Promise<boolean> {
      const rows = await db
        .delete(statementDrafts)
        .where(and(eq(statementDrafts.memberId, memberId), eq(statementDrafts.kind, kind)))
        .returning({ id: statementDrafts.id });
      return rows.length > 0;
    },

    async nextNumber(memberId: string, kind: StatementKind): Promise<number> {
      const [row] = await db
        .select({ last: sql<number | null>`max(${statementVersions.number})` })
        .from(statementVersions)
        .where(and(eq(statementVersions.memberId, memberId), eq(statementVersions.kind, kind)));
      return Number(row?.last ?? 0) + 1;
    },

    async insertVersion(values: typeof statementVersions.$inferInsert): Promise<VersionRow> {
      const [row] = await db.insert(statementVersions).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async versionsInSpace(spaceId: string): Promise<VersionRow[]> {
      return db
        .select()
        .from(statementVersions)
        .where(eq(statementVersions.spaceId, spaceId))
        .orderBy(asc(statementVersions.number));
    },

    async findVersion(spaceId: string, versionId: string): Promise<VersionRow | undefined> {
      if (!isUuid(versionId)) return undefined;
      const [row] = await db
        .select()
        .from(statementVersions)
        .where(and(eq(statementVersions.spaceId, spaceId), eq(statementVersions.id, versionId)));
      return row;
    },

    async insertResponse(values: typeof statementResponses.$inferInsert): Promise<ResponseRow> {
      const [row] = await db.insert(statementResponses).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async responsesInSpace(spaceId: string): Promise<ResponseRow[]> {
      return db
        .select()
        .from(statementResponses)
        .where(eq(statementResponses.spaceId, spaceId))
        .orderBy(asc(statementResponses.seq));
    },
  };
}

/** A space's shared statement versions and the responses to them, read once per request by the progress sources. */
export const readSharedVersions: SpaceRead<VersionRow[]> = (db, spaceId) =>
  statementsRepo(db).versionsInSpace(spaceId);
export const readStatementResponses: SpaceRead<ResponseRow[]> = (db, spaceId) =>
  statementsRepo(db).responsesInSpace(spaceId);
