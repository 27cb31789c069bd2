import { inRecordFilter, type RecordKind, type RecordView } from "@mend/core/record/contract";
import type { Database } from "../../db/database.ts";
import { requirePair } from "../spaces/pair.ts";
import { buildRecord } from "./build.ts";

export interface RecordFilter {
  kinds?: RecordKind[];
  from?: string;
  to?: string;
}

/** The one faithful record: read-only, the same for both members of a space. */
export function recordService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  return {
    async read(accountId: string, spaceId: string, filter: RecordFilter): Promise<RecordView> {
      const pair = await requirePair(db, accountId, spaceId);
      const entries = await buildRecord(db, pair.space, clock());
      return {
        entries: entries.filter((entry) => inRecordFilter(entry, filter)),
        totalEntries: entries.length,
        otherPresent: pair.other !== undefined,
      };
    },
  };
}

export type RecordService = ReturnType<typeof recordService>;
