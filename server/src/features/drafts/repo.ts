import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { drafts } from "./tables.ts";

export type DraftRow = typeof drafts.$inferSelect;

const ofMember = (memberId: string, formKey: string) =>
  and(eq(drafts.memberId, memberId), eq(drafts.formKey, formKey));

export function draftsRepo(db: Database) {
  return {
    async find(memberId: string, formKey: string): Promise<DraftRow | undefined> {
      const [row] = await db.select().from(drafts).where(ofMember(memberId, formKey));
      return row;
    },

    async findById(id: string): Promise<DraftRow | undefined> {
      const [row] = await db.select().from(drafts).where(eq(drafts.id, id));
      return row;
    },

    /** Keeps the envelope under the id it was sealed with; any words kept in the clear go in the same statement. */
    async save(memberId: string, formKey: string, id: string, sealed: string, savedAt: Date) {
      await db
        .insert(drafts)
        .values({ memberId, formKey, id, sealed, fields: null, savedAt })
        .onConflictDoUpdate({
          target: [drafts.memberId, drafts.formKey],
          set: { id, sealed, fields: null, savedAt },
        });
    },

    async remove(memberId: string, formKey: string) {
      await db.delete(drafts).where(ofMember(memberId, formKey));
    },

    async allOf(memberId: string): Promise<DraftRow[]> {
      return db.select().from(drafts).where(eq(drafts.memberId, memberId)).orderBy(asc(drafts.savedAt));
    },
  };
}
