import type { ExportItem } from "@mend/core/ending/contract";
import { recordKindLabels, recordSourceLabels } from "@mend/core/record/contract";
import type { Exporter } from "../ending/export-types.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { buildRecord } from "./build.ts";

/** The faithful record in the download, oldest first as a document reads; both members' copies hold the same. */
export const recordExporter: Exporter = {
  id: "record",
  title: "The record of what passed between you",
  async items(context) {
    const space = await spacesRepo(context.db).findSpace(context.spaceId);
    if (!space || !context.otherMemberId) return [];
    const entries = await buildRecord(context.db, space, context.now);
    return entries.reverse().map(
      (entry): ExportItem => ({
        title: entry.title,
        at: entry.at,
        from: "together",
        visibility: "shared",
        ...(entry.text ? { text: entry.text } : {}),
        details: [
          { label: "Kind", value: recordKindLabels[entry.kind] },
          { label: "From", value: recordSourceLabels[entry.source] },
        ],
      }),
    );
  },
};
