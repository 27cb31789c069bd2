import { draftFromPlaintext } from "@mend/core/drafts/contract";
import type { ExportDocument, ExportItem } from "@mend/core/ending/contract";
import { answersInQuestionOrder } from "@mend/core/readiness/answers-in-order";
import { questionsFor } from "@mend/core/readiness/questions";
import { isPrivateEntryVaultKind, privateEntryInWords } from "@mend/core/solo/index";
import type { RepairRole } from "@mend/core/spaces/roles";
import type { VaultItemKind } from "@mend/core/vault/kinds";
import { openFromVault } from "./items.ts";
import { vaultKeyOf } from "./vault-keys.ts";

/** How an opened item's words go into the export, for kinds that keep more than one text in one envelope. */
const readOpened: Partial<
  Record<VaultItemKind, (opened: string, item: ExportItem, role: RepairRole) => ExportItem>
> = {
  "unsent-letter": (opened, item) => {
    const words = JSON.parse(opened) as { title?: string; body: string };
    return { ...item, title: words.title || item.title, text: words.body };
  },
  // A draft is its form's fields: each part on its own, the empty ones left out.
  draft: (opened, item) => ({
    ...item,
    text: Object.values(draftFromPlaintext(opened))
      .filter((value) => value.trim() !== "")
      .join("\n\n"),
  }),
  // Readiness answers: each under its question, as the person was asked it.
  "readiness-answers": (opened, item, role) => ({
    ...item,
    details: answersInQuestionOrder(JSON.parse(opened) as Record<string, unknown>, questionsFor(role)),
  }),
};

/**
 * An entry of the own path or a decision: its words as JSON, read as the server reads one still in the
 * clear; a decision's path is named in the words of the space's relationship.
 */
function readPrivateEntry(
  kind: VaultItemKind,
  opened: string,
  item: ExportItem,
  document: ExportDocument,
): ExportItem | undefined {
  if (!isPrivateEntryVaultKind(kind)) return undefined;
  return { ...item, ...privateEntryInWords(kind, opened, document.space.relationship) };
}

/**
 * Opens, in this tab, every item of a person's export that the server could only send sealed, so the
 * file they save holds their own words. With the vault locked the items stay sealed in the file.
 * `role` is the person's role in the space, which words the readiness questions they were asked.
 */
export async function openExport(
  accountId: string,
  document: ExportDocument,
  role: RepairRole,
): Promise<ExportDocument> {
  if (!vaultKeyOf(accountId)) return document;
  const sections = await Promise.all(
    document.sections.map(async (section) => ({
      ...section,
      items: await Promise.all(
        section.items.map(async ({ sealed, ...item }) => {
          if (!sealed) return item;
          const opened = await openFromVault(
            accountId,
            { kind: sealed.kind, itemId: sealed.itemId },
            sealed.envelope,
          );
          return (
            readOpened[sealed.kind]?.(opened, item, role) ??
            readPrivateEntry(sealed.kind, opened, item, document) ?? { ...item, text: opened }
          );
        }),
      ),
    })),
  );
  return { ...document, sections };
}
