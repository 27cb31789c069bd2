import { responseLabels, type StatementVersionView } from "@mend/core/acknowledgment/contract";
import { type StatementKind, statementGuides } from "@mend/core/acknowledgment/parts";
import type { ExportItem } from "@mend/core/ending/contract";
import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, readableDate } from "../ending/export-types.ts";
import { presentStatements } from "./presenters.ts";
import { statementsRepo } from "./repo.ts";

type Detail = ExportItem["details"][number];

/** Each written part under the title the writer saw while writing it; empty parts are left out. */
function partDetails(kind: StatementKind, parts: Partial<Record<string, string>>): Detail[] {
  return Object.entries(statementGuides[kind].parts).flatMap(([name, guide]) => {
    const value = parts[name];
    return value ? [{ label: guide.title, value }] : [];
  });
}

function responseDetails(version: StatementVersionView): Detail[] {
  if (version.kind !== "acknowledgment") return [];
  return version.responses.map((response) => ({
    label: `${response.by === "you" ? "Your response" : "Their response"}, ${readableDate(new Date(response.at))}`,
    value: response.note
      ? `${responseLabels[response.response]}: ${response.note}`
      : responseLabels[response.response],
  }));
}

/**
 * Built from the same presenter as the statements page: the member's drafts and shared versions,
 * the other person's shared versions and the responses between them, never the other's drafts.
 */
export const acknowledgmentExporter: Exporter = {
  id: "acknowledgment",
  title: "Impact and acknowledgment",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    const repo = statementsRepo(context.db);
    const view = presentStatements(pair, {
      drafts: await repo.draftsOf(pair.me.id),
      versions: await repo.versionsInSpace(context.spaceId),
      responses: await repo.responsesInSpace(context.spaceId),
    });
    const own = view.own.flatMap((statement): ExportItem[] => {
      const title = statementGuides[statement.kind].title;
      const kept = statement.draft;
      // A sealed draft goes out as its envelope, which the member's browser opens into the file.
      const draft: ExportItem[] = kept
        ? [
            {
              title: `${title} (your draft)`,
              at: kept.updatedAt,
              from: "you",
              visibility: "private",
              ...(kept.sealed ? { sealed: { kind: "draft", itemId: kept.id, envelope: kept.sealed } } : {}),
              details: kept.parts ? partDetails(statement.kind, kept.parts) : [],
            },
          ]
        : [];
      const versions = statement.versions.map(
        (version): ExportItem => ({
          title: `${title} (version ${version.number}, shared)`,
          at: version.sharedAt,
          from: "you",
          visibility: "shared",
          details: [...partDetails(version.kind, version.parts), ...responseDetails(version)],
        }),
      );
      return [...draft, ...versions];
    });
    const theirs = view.theirs.flatMap((statement) =>
      statement.versions.map(
        (version): ExportItem => ({
          title: `${statementGuides[statement.kind].title} (their version ${version.number})`,
          at: version.sharedAt,
          from: "them",
          visibility: "shared",
          details: [...partDetails(version.kind, version.parts), ...responseDetails(version)],
        }),
      ),
    );
    return [...own, ...theirs];
  },
};
