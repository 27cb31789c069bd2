import { and, asc, desc, eq } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import type { SpaceRead } from "../../db/space-reads.ts";
import { isUuid } from "../spaces/repo.ts";
import { reassuranceOutcomes, reassuranceReplies, reassuranceRequests, triggerEntries } from "./tables.ts";

export type TriggerRow = typeof triggerEntries.$inferSelect;
export type RequestRow = typeof reassuranceRequests.$inferSelect;
export type ReplyRow = typeof reassuranceReplies.$inferSelect;
export type OutcomeRow = typeof reassuranceOutcomes.$inferSelect;

export function triggersRepo(db: Database) {
  return {
    /** Undefined when a row already has this id: the browser made it, so it may collide. */
    async insertTrigger(values: typeof triggerEntries.$inferInsert): Promise<TriggerRow | undefined> {
      const [row] = await db.insert(triggerEntries).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** Stores the note's new envelope and, in the same statement, drops any note kept from before the vault. */
    async sealNote(triggerId: string, sealed: string): Promise<TriggerRow> {
      const [row] = await db
        .update(triggerEntries)
        .set({ sealed, note: null })
        .where(eq(triggerEntries.id, triggerId))
        .returning();
      if (!row) throw new Error("update returned no row");
      return row;
    },

    async findTrigger(spaceId: string, triggerId: string): Promise<TriggerRow | undefined> {
      if (!isUuid(triggerId)) return undefined;
      const [row] = await db
        .select()
        .from(triggerEntries)
        .where(and(eq(triggerEntries.spaceId, spaceId), eq(triggerEntries.id, triggerId)));
      return row;
    },

    async setShared(triggerId: string, sharedAt: Date | null): Promise<TriggerRow> {
      const [row] = await db
        .update(triggerEntries)
        .set({ sharedAt })
        .where(eq(triggerEntries.id, triggerId))
        .returning();
      if (!row) throw new Error("update returned no row");
      return row;
    },

    async deleteTrigger(triggerId: string): Promise<void> {
      await db.delete(triggerEntries).where(eq(triggerEntries.id, triggerId));
    },

    async triggersInSpace(spaceId: string): Promise<TriggerRow[]> {
      return db
        .select()
        .from(triggerEntries)
        .where(eq(triggerEntries.spaceId, spaceId))
        .orderBy(desc(triggerEntries.occurredAt));
    },

    async insertRequest(values: typeof reassuranceRequests.$inferInsert): Promise<RequestRow> {
      const [row] = await db.insert(reassuranceRequests).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async findRequest(spaceId: string, requestId: string, options: { lock?: boolean } = {}) {
      if (!isUuid(requestId)) return undefined;
      const query = db
        .select()
        .from(reassuranceRequests)
        .where(and(eq(reassuranceRequests.spaceId, spaceId), eq(reassuranceRequests.id, requestId)));
      const [row] = options.lock ? await query.for("update") : await query;
      return row;
    },

    async requestsInSpace(spaceId: string): Promise<RequestRow[]> {
      return db
        .select()
        .from(reassuranceRequests)
        .where(eq(reassuranceRequests.spaceId, spaceId))
        .orderBy(desc(reassuranceRequests.createdAt));
    },

    async insertReply(values: typeof reassuranceReplies.$inferInsert): Promise<ReplyRow> {
      const [row] = await db.insert(reassuranceReplies).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async repliesInSpace(spaceId: string): Promise<ReplyRow[]> {
      return db
        .select()
        .from(reassuranceReplies)
        .where(eq(reassuranceReplies.spaceId, spaceId))
        .orderBy(asc(reassuranceReplies.seq));
    },

    async insertOutcome(values: typeof reassuranceOutcomes.$inferInsert): Promise<OutcomeRow> {
      const [row] = await db.insert(reassuranceOutcomes).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async outcomesInSpace(spaceId: string): Promise<OutcomeRow[]> {
      return db.select().from(reassuranceOutcomes).where(eq(reassuranceOutcomes.spaceId, spaceId));
    },
  };
}

/** A space's reassurance requests and replies, read once per request by the progress sources. */
export const readReassuranceRequests: SpaceRead<RequestRow[]> = (db, spaceId) =>
  triggersRepo(db).requestsInSpace(spaceId);
export const readReassuranceReplies: SpaceRead<ReplyRow[]> = (db, spaceId) =>
  triggersRepo(db).repliesInSpace(spaceId);
