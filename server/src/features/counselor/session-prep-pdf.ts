import type { SessionPrepView } from "@mend/core/counselor/contract";
import { getPhase } from "@mend/core/method/index";
import { recordKindLabels, recordSourceLabels } from "@mend/core/record/contract";
import { readableDate } from "../ending/export-types.ts";
import { renderDocumentPdf } from "../ending/pdf.ts";

const statusWords = {
  not_started: "Not started",
  under_way: "Under way",
  complete: "Complete",
  revisited: "Revisited",
} as const;

const day = (iso: string) => readableDate(new Date(`${iso}T12:00:00Z`));

/** A counselor's session preparation as a PDF: the same content as on screen, from the shared record. */
export function renderSessionPrepPdf(prep: SessionPrepView, createdAt: Date): Promise<Buffer> {
  return renderDocumentPdf({
    title: `Session preparation: ${prep.names.join(" and ")}`,
    intro: [
      `From ${day(prep.from)} to ${day(prep.to)}.`,
      "Built only from what the two of them share with each other in Mend.",
      prep.counts.length === 0
        ? "Nothing was shared in these days."
        : prep.counts.map((count) => `${recordKindLabels[count.kind]}: ${count.count}`).join(" · "),
    ],
    createdAt,
    sections: [
      {
        title: "The journey now",
        items: prep.stage.map((phase) => ({
          title: getPhase(phase.phase).title,
          meta: statusWords[phase.status],
          details: [],
        })),
      },
      {
        title: "What they shared",
        items: prep.entries.map((entry) => ({
          title: entry.title,
          meta: [
            recordKindLabels[entry.kind],
            recordSourceLabels[entry.source],
            readableDate(new Date(entry.at)),
          ].join(" · "),
          text: entry.text,
          details: [],
        })),
      },
      {
        title: "Your notes to both",
        items: prep.notes.map((note) => ({
          title: note.by,
          meta: readableDate(new Date(note.at)),
          text: note.text,
          details: [],
        })),
      },
    ],
  });
}
