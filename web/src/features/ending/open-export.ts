import { draftFromPlaintext } from "@mend/core/drafts/contract";
import type { ExportDocument, ExportItem } from "@mend/core/ending/contract";
import type { VaultItemKind } from "@mend/core/vault/kinds";
import { openFromVault } from "../vault/items.ts";

/** How an opened vault item reads in the file: a draft is its fields, each part on its own. */
function readable(kind: VaultItemKind, opened: string): string {
  if (kind !== "draft") return opened;
  return Object.values(draftFromPlaintext(opened))
    .filter((value) => value.trim() !== "")
    .join("\n\n");
}

async function openItem(accountId: string, item: ExportItem): Promise<ExportItem> {
  if (!item.sealed) return item;
  const { sealed, ...rest } = item;
  const opened = await openFromVault(
    accountId,
    { kind: sealed.kind, itemId: sealed.itemId },
    sealed.envelope,
  );
  return { ...rest, text: readable(sealed.kind, opened) };
}

/**
 * The person's export with everything their vault holds opened in this tab: the server sends the
 * envelopes as it keeps them, and only here do they become words again. An envelope that does not open
 * stops the whole download with the vault's own message, rather than saving a file with gaps in it.
 */
export async function openExport(accountId: string, document: ExportDocument): Promise<ExportDocument> {
  const sections = await Promise.all(
    document.sections.map(async (section) => ({
      ...section,
      items: await Promise.all(section.items.map((item) => openItem(accountId, item))),
    })),
  );
  return { ...document, sections };
}
