import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { inSequence } from "../../db/in-sequence.ts";
import { isUuid } from "../spaces/repo.ts";
import {
  agreementBreaches,
  agreementBreachResponses,
  agreementEvents,
  agreements,
  agreementVersions,
  boundaries,
  boundaryAcknowledgments,
  boundaryVersions,
} from "./tables.ts";

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementVersionRow = typeof agreementVersions.$inferSelect;
export type AgreementEventRow = typeof agreementEvents.$inferSelect;
export type BreachRow = typeof agreementBreaches.$inferSelect;
export type BreachResponseRow = typeof agreementBreachResponses.$inferSelect;
export type BoundaryRow = typeof boundaries.$inferSelect;
export type BoundaryVersionRow = typeof boundaryVersions.$inferSelect;
export type BoundaryAcknowledgmentRow = typeof boundaryAcknowledgments.$inferSelect;

/** An agreement with everything that happened to it, each list in the order it happened. */
export interface AgreementBundle {
  agreement: AgreementRow;
  versions: AgreementVersionRow[];
  events: AgreementEventRow[];
  breaches: { breach: BreachRow; response: BreachResponseRow | undefined }[];
}

export interface BoundaryBundle {
  boundary: BoundaryRow;
  versions: BoundaryVersionRow[];
  acknowledgments: BoundaryAcknowledgmentRow[];
}

async function inserted<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error("insert returned no row");
  return row;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export function agreementsRepo(db: Database) {
  async function bundles(heads: AgreementRow[]): Promise<AgreementBundle[]> {
    if (heads.length === 0) return [];
    const ids = heads.map((h) => h.id);
    const [versions, events, breaches] = await inSequence(
      () =>
        db
          .select()
          .from(agreementVersions)
          .where(inArray(agreementVersions.agreementId, ids))
          .orderBy(asc(agreementVersions.seq)),
      () =>
        db
          .select()
          .from(agreementEvents)
          .where(inArray(agreementEvents.agreementId, ids))
          .orderBy(asc(agreementEvents.seq)),
      () =>
        db
          .select({ breach: agreementBreaches, response: agreementBreachResponses })
          .from(agreementBreaches)
          .leftJoin(agreementBreachResponses, eq(agreementBreachResponses.breachId, agreementBreaches.id))
          .where(inArray(agreementBreaches.agreementId, ids))
          .orderBy(asc(agreementBreaches.seq)),
    );
    const versionsOf = groupBy(versions, (v) => v.agreementId);
    const eventsOf = groupBy(events, (e) => e.agreementId);
    const breachesOf = groupBy(breaches, (b) => b.breach.agreementId);
    return heads.map((agreement) => ({
      agreement,
      versions: versionsOf.get(agreement.id) ?? [],
      events: eventsOf.get(agreement.id) ?? [],
      breaches: (breachesOf.get(agreement.id) ?? []).map((b) => ({
        breach: b.breach,
        response: b.response ?? undefined,
      })),
    }));
  }

  return {
    insertAgreement: (values: typeof agreements.$inferInsert) =>
      inserted(db.insert(agreements).values(values).returning()),
    insertVersion: (values: typeof agreementVersions.$inferInsert) =>
      inserted(db.insert(agreementVersions).values(values).returning()),
    insertEvent: (values: typeof agreementEvents.$inferInsert) =>
      inserted(db.insert(agreementEvents).values(values).returning()),
    insertBreach: (values: typeof agreementBreaches.$inferInsert) =>
      inserted(db.insert(agreementBreaches).values(values).returning()),
    insertBreachResponse: (values: typeof agreementBreachResponses.$inferInsert) =>
      inserted(db.insert(agreementBreachResponses).values(values).returning()),

    /** The agreement in this space, locked for the rest of the transaction so changes to it happen one at a time. */
    async lockAgreement(spaceId: string, agreementId: string): Promise<AgreementBundle | undefined> {
      if (!isUuid(agreementId)) return undefined;
      const [head] = await db
        .select()
        .from(agreements)
        .where(and(eq(agreements.spaceId, spaceId), eq(agreements.id, agreementId)))
        .for("update");
      return head ? (await bundles([head]))[0] : undefined;
    },

    async findAgreement(spaceId: string, agreementId: string): Promise<AgreementBundle | undefined> {
      if (!isUuid(agreementId)) return undefined;
      const heads = await db
        .select()
        .from(agreements)
        .where(and(eq(agreements.spaceId, spaceId), eq(agreements.id, agreementId)));
      return (await bundles(heads))[0];
    },

    /** The agreements of many spaces, with their histories: one query per table however many spaces. */
    async agreementsInSpaces(spaceIds: readonly string[]): Promise<AgreementBundle[]> {
      if (spaceIds.length === 0) return [];
      const heads = await db
        .select()
        .from(agreements)
        .where(inArray(agreements.spaceId, [...spaceIds]))
        .orderBy(asc(agreements.createdAt), asc(agreements.id));
      return bundles(heads);
    },

    async agreementsIn(spaceId: string): Promise<AgreementBundle[]> {
      const heads = await db
        .select()
        .from(agreements)
        .where(eq(agreements.spaceId, spaceId))
        .orderBy(asc(agreements.createdAt), asc(agreements.id));
      return bundles(heads);
    },

    insertBoundary: (values: typeof boundaries.$inferInsert) =>
      inserted(db.insert(boundaries).values(values).returning()),
    insertBoundaryVersion: (values: typeof boundaryVersions.$inferInsert) =>
      inserted(db.insert(boundaryVersions).values(values).returning()),
    insertAcknowledgment: (values: typeof boundaryAcknowledgments.$inferInsert) =>
      inserted(db.insert(boundaryAcknowledgments).values(values).returning()),

    async retireBoundary(boundaryId: string, at: Date): Promise<void> {
      await db.update(boundaries).set({ retiredAt: at }).where(eq(boundaries.id, boundaryId));
    },

    async boundariesIn(
      spaceId: string,
      options: { boundaryId?: string; lock?: boolean } = {},
    ): Promise<BoundaryBundle[]> {
      if (options.boundaryId !== undefined && !isUuid(options.boundaryId)) return [];
      const where = options.boundaryId
        ? and(eq(boundaries.spaceId, spaceId), eq(boundaries.id, options.boundaryId))
        : eq(boundaries.spaceId, spaceId);
      const query = db
        .select()
        .from(boundaries)
        .where(where)
        .orderBy(asc(boundaries.createdAt), asc(boundaries.id));
      const heads = options.lock ? await query.for("update") : await query;
      if (heads.length === 0) return [];
      const versions = await db
        .select()
        .from(boundaryVersions)
        .where(
          inArray(
            boundaryVersions.boundaryId,
            heads.map((h) => h.id),
          ),
        )
        .orderBy(asc(boundaryVersions.seq));
      const acknowledgments =
        versions.length === 0
          ? []
          : await db
              .select()
              .from(boundaryAcknowledgments)
              .where(
                inArray(
                  boundaryAcknowledgments.versionId,
                  versions.map((v) => v.id),
                ),
              );
      const versionsOf = groupBy(versions, (v) => v.boundaryId);
      return heads.map((boundary) => {
        const own = versionsOf.get(boundary.id) ?? [];
        const ids = new Set(own.map((v) => v.id));
        return {
          boundary,
          versions: own,
          acknowledgments: acknowledgments.filter((a) => ids.has(a.versionId)),
        };
      });
    },
  };
}

export type AgreementsRepo = ReturnType<typeof agreementsRepo>;
