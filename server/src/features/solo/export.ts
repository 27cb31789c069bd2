import { decisionPartLabels } from "@mend/core/deciding/index";
import {
  allSoloPrompts,
  type PrivateEntryKind,
  privateEntryInWords,
  privateEntryVaultKinds,
} from "@mend/core/solo/index";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import { decisionPartsSharedWith } from "../deciding/service.ts";
import type { Exporter } from "../ending/export-types.ts";
import { iso, readableDate } from "../ending/export-types.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { type PrivateEntryRow, privateEntriesRepo } from "./repo.ts";

/** What an entry is, without its words: a sealed entry's title until the browser opens it. */
function titleOf(row: PrivateEntryRow): string {
  switch (row.kind as PrivateEntryKind) {
    case "timeline":
      return "Timeline";
    case "supporter":
      return "Someone to lean on";
    case "own_amend":
      return row.doneAt ? "Amend (done)" : "Amend";
    case "prompt_answer":
      return allSoloPrompts.find((p) => p.id === row.promptId)?.text ?? "Reflection";
    case "decision":
      return "Decision";
  }
}

/**
 * The words of an entry: its envelope, which the person's browser opens into the data file, or the
 * words of one from before the vault, in the clear as the server still holds them.
 */
function wordsOf(row: PrivateEntryRow, relationship: RelationshipKind) {
  const kind = privateEntryVaultKinds[row.kind as PrivateEntryKind];
  if (row.sealed !== null)
    return { title: titleOf(row), sealed: { kind, itemId: row.id, envelope: row.sealed } };
  return { title: titleOf(row), ...privateEntryInWords(kind, JSON.stringify(row.body), relationship) };
}

/** The path for one person alone and their decisions: in their own export only. */
export const privateEntriesExporter: Exporter = {
  id: "own_path",
  title: "Your own path and decisions",
  async items({ db, spaceId, memberId }) {
    const relationship = ((await spacesRepo(db).findSpace(spaceId))?.relationship ??
      "other") as RelationshipKind;
    const own = (await privateEntriesRepo(db).allOwn(memberId)).map((row) => ({
      ...wordsOf(row, relationship),
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
