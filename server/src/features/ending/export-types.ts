import type { ExportItem } from "@mend/core/ending/contract";
import type { Database } from "../../db/database.ts";

/** What an exporter is told: whose copy it is making, and of which space. */
export interface ExportContext {
  db: Database;
  spaceId: string;
  /** The member the export is for. */
  memberId: string;
  /** The other active member, if there is one. */
  otherMemberId: string | null;
  now: Date;
}

/**
 * One feature's part of a member's export: a titled section of items.
 *
 * Privacy contract: `items` holds everything the member wrote in this feature (private or shared)
 * and what the other member shared with them, and never anything the other member kept private.
 * Mark each item's `from` ("you", "them", "together") and `visibility` ("private", "shared").
 */
export interface Exporter {
  /** The feature's name ("agreements", "checkins", …); becomes the section id. */
  id: string;
  title: string;
  items(context: ExportContext): Promise<ExportItem[]>;
}

export const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A date as people read it ("4 May 2026"), for the `details` of an export item. */
export const readableDate = (date: Date) => longDate.format(date);
