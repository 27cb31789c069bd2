import type { DraftFields } from "@mend/core/drafts/contract";
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

    async save(memberId: string, formKey: string, fields: DraftFields, savedAt: Date) {
      await db
        .insert(drafts)
        .values({ memberId, formKey, fields, savedAt })
        .onConflictDoUpdate({ target: [drafts.memberId, drafts.formKey], set: { fields, savedAt } });
    },

    async remove(memberId: string, formKey: string) {
      await db.delete(drafts).where(ofMember(memberId, formKey));
    },

    async allOf(memberId: string): Promise<DraftRow[]> {
      return db.select().from(drafts).where(eq(drafts.memberId, memberId)).orderBy(asc(drafts.savedAt));
    },
  };
}
