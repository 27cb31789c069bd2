import type { DecisionWords } from "../deciding/contract.ts";
import { decisionInWords } from "../deciding/parts.ts";
import type { RelationshipKind } from "../spaces/contract.ts";
import type { VaultItemKind } from "../vault/kinds.ts";
import type { SupporterWords, TimelineEntryWords } from "./contract.ts";

/** The kinds of one person's private entries: their own path's, and their decisions. */
export const privateEntryKinds = ["timeline", "supporter", "own_amend", "prompt_answer", "decision"] as const;
export type PrivateEntryKind = (typeof privateEntryKinds)[number];

/** The vault kind each entry's words are sealed as, with the entry's id. */
export const privateEntryVaultKinds = {
  timeline: "solo-timeline",
  supporter: "solo-supporter",
  own_amend: "solo-own-amend",
  prompt_answer: "solo-prompt-answer",
  decision: "solo-decision",
} as const satisfies Record<PrivateEntryKind, VaultItemKind>;
export type PrivateEntryVaultKind = (typeof privateEntryVaultKinds)[PrivateEntryKind];

export const isPrivateEntryVaultKind = (kind: VaultItemKind): kind is PrivateEntryVaultKind =>
  (Object.values(privateEntryVaultKinds) as VaultItemKind[]).includes(kind);

/** Dated entries in date order; the ones placed only roughly keep the order they were written in, after. */
export function inTimelineOrder<Entry extends { date: string | null }>(entries: readonly Entry[]): Entry[] {
  const dated = entries
    .filter((e) => e.date !== null)
    .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  return [...dated, ...entries.filter((e) => e.date === null)];
}

/**
 * How an entry reads in its author's export, from its words as JSON: the server uses it for an entry
 * still in the clear, the browser for one it opened from the vault. A title is given only where the
 * words name the entry; otherwise the export's own title stands.
 */
export function privateEntryInWords(
  kind: PrivateEntryVaultKind,
  json: string,
  relationship: RelationshipKind,
): { title?: string; text: string } {
  const words: unknown = JSON.parse(json);
  switch (kind) {
    case "solo-timeline": {
      const entry = words as TimelineEntryWords;
      return {
        title: `Timeline (${entry.date || entry.roughly || ""})`,
        text: `${entry.certainty === "know" ? "I know" : "I still need to know"}: ${entry.happened}`,
      };
    }
    case "solo-supporter": {
      const person = words as SupporterWords;
      return {
        title: `Someone to lean on: ${person.name}`,
        text: [person.reach, person.note].filter(Boolean).join("\n"),
      };
    }
    case "solo-own-amend":
      return { text: (words as { what: string }).what };
    case "solo-prompt-answer":
      return { text: (words as { text: string }).text };
    case "solo-decision":
      return decisionInWords(words as DecisionWords, relationship);
  }
}
