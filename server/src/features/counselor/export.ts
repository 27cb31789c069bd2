import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, iso } from "../ending/export-types.ts";
import { counselorRepo } from "./repo.ts";

/**
 * The counselor's notes to both, as the member reads them on the counselor page: those written since
 * they joined, whether or not the counselor still has access (notes are part of the shared history).
 */
export const counselorNotesExporter: Exporter = {
  id: "counselor_notes",
  title: "Notes from your counselor",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    const notes = await counselorRepo(context.db).notes(context.spaceId, pair.me.joinedAt);
    return notes.map((note) => ({
      title: note.counselorName ? `A note from ${note.counselorName}` : "A note from your counselor",
      at: iso(note.writtenAt),
      from: "counselor" as const,
      visibility: "shared" as const,
      text: note.text,
      details: [],
    }));
  },
};
