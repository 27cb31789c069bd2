import type { Exporter } from "../ending/export-types.ts";
import { iso, readableDate } from "../ending/export-types.ts";
import { draftsRepo } from "./repo.ts";

/**
 * Unfinished writing is the member's own and private: it is in their export and nobody else's. A
 * sealed draft goes out as its envelope, which the member's browser opens into the file; a draft kept
 * before drafts were sealed still has its words here.
 */
export const draftsExporter: Exporter = {
  id: "drafts",
  title: "Unfinished drafts",
  async items({ db, memberId }) {
    return (await draftsRepo(db).allOf(memberId)).map((row) => ({
      title: `Draft (${row.formKey})`,
      at: iso(row.savedAt),
      from: "you" as const,
      visibility: "private" as const,
      ...(row.sealed
        ? { sealed: { kind: "draft" as const, itemId: row.id, envelope: row.sealed } }
        : {
            text: Object.values(row.fields ?? {})
              .filter((value) => value.trim() !== "")
              .join("\n\n"),
          }),
      details: [{ label: "Last saved", value: readableDate(row.savedAt) }],
    }));
  },
};
