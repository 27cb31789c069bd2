import { decisionPartLabels, pathText } from "@mend/core/deciding/index";
import { allSoloPrompts } from "@mend/core/solo/index";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import { decisionPartsSharedWith } from "../deciding/service.ts";
import type { Exporter } from "../ending/export-types.ts";
import { iso, readableDate } from "../ending/export-types.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { type PrivateEntryRow, privateEntriesRepo } from "./repo.ts";

type Body = Record<string, unknown>;
const field = (body: Body, key: string) => (typeof body[key] === "string" ? (body[key] as string) : "");

function describe(row: PrivateEntryRow, relationship: RelationshipKind): { title: string; text: string } {
  const body = row.body as Body;
  switch (row.kind) {
    case "timeline":
      return {
        title: `Timeline (${field(body, "date") || field(body, "roughly")})`,
        text: `${field(body, "certainty") === "know" ? "I know" : "I still need to know"}: ${field(body, "happened")}`,
      };
    case "supporter":
      return {
        title: `Someone to lean on: ${field(body, "name")}`,
        text: [field(body, "reach"), field(body, "note")].filter(Boolean).join("\n"),
      };
    case "own_amend":
      return { title: row.doneAt ? "Amend (done)" : "Amend", text: field(body, "what") };
    case "prompt_answer":
      return {
        title: allSoloPrompts.find((p) => p.id === row.promptId)?.text ?? "Reflection",
        text: field(body, "text"),
      };
    default: {
      const path = field(body, "path") as Parameters<typeof pathText>[0];
      return {
        title: `Decision: ${pathText(path, relationship).label}`,
        text: [
          `Look again on ${field(body, "revisitOn")}`,
          `What I want: ${field(body, "wants")}`,
          `What I fear: ${field(body, "fears")}`,
          `What would have to change: ${field(body, "mustChange")}`,
        ].join("\n"),
      };
    }
  }
}

/** The path for one person alone and their decisions: in their own export only. */
export const privateEntriesExporter: Exporter = {
  id: "own_path",
  title: "Your own path and decisions",
  async items({ db, spaceId, memberId }) {
    const relationship = ((await spacesRepo(db).findSpace(spaceId))?.relationship ??
      "other") as RelationshipKind;
    const own = (await privateEntriesRepo(db).allOwn(memberId)).map((row) => ({
      ...describe(row, relationship),
      at: iso(row.createdAt),
      from: "you" as const,
      visibility: Object.keys(row.sharedParts).length > 0 ? ("shared" as const) : ("private" as const),
      details: [{ label: "Written", value: readableDate(row.createdAt) }],
    }));
    const sharedWithMe = (await decisionPartsSharedWith(db, spaceId, memberId)).map((part) => ({
      title: `Shared with you: ${decisionPartLabels[part.part]}`,
      at: part.sharedAt,
      from: "them" as const,
      visibility: "shared" as const,
      text: part.text,
      details: [{ label: "Shared", value: readableDate(new Date(part.sharedAt)) }],
    }));
    return [...own, ...sharedWithMe];
  },
};
