import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import type { SpaceRead } from "../../db/space-reads.ts";
import { isUuid } from "../spaces/repo.ts";
import { amendSteps, amends } from "./tables.ts";

export type AmendRow = typeof amends.$inferSelect;
export type AmendStepRow = typeof amendSteps.$inferSelect;

export function amendsRepo(db: Database) {
  return {
    async insertAmend(values: typeof amends.$inferInsert): Promise<AmendRow> {
      const [row] = await db.insert(amends).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async findAmend(spaceId: string, amendId: string, options: { lock?: boolean } = {}) {
      if (!isUuid(amendId)) return undefined;
      const query = db
        .select()
        .from(amends)
        .where(and(eq(amends.spaceId, spaceId), eq(amends.id, amendId)));
      const [row] = options.lock ? await query.for("update") : await query;
      return row;
    },

    async amendsInSpace(spaceId: string): Promise<AmendRow[]> {
      return db.select().from(amends).where(eq(amends.spaceId, spaceId)).orderBy(asc(amends.createdAt));
    },

    async insertStep(values: typeof amendSteps.$inferInsert): Promise<AmendStepRow> {
      const [row] = await db.insert(amendSteps).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async stepsInSpace(spaceId: string): Promise<AmendStepRow[]> {
      return db.select().from(amendSteps).where(eq(amendSteps.spaceId, spaceId)).orderBy(asc(amendSteps.seq));
    },
  };
}

/** A space's amends and their steps, read once per request by the progress sources. */
export const readAmends: SpaceRead<AmendRow[]> = (db, spaceId) => amendsRepo(db).amendsInSpace(spaceId);
export const readAmendSteps: SpaceRead<AmendStepRow[]> = (db, spaceId) =>
  amendsRepo(db).stepsInSpace(spaceId);
