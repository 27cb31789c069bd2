import type { ExportDocument } from "@mend/core/ending/contract";
import { VaultError } from "@mend/core/vault/errors";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { useSession } from "../accounts/session.ts";
import { VaultClosedError } from "../vault/items.ts";
import { useVaultState, VaultGate } from "../vault/VaultGate.tsx";
import { exportPaths } from "./api.ts";
import { openExport } from "./open-export.ts";

/** Hands the browser a file to save, made here rather than by the server. */
function save(document: ExportDocument) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(document, null, 2)], { type: "application/json" }),
  );
  const link = Object.assign(window.document.createElement("a"), {
    href: url,
    download: `mend-export-${document.exportedAt.slice(0, 10)}.json`,
  });
  link.click();
  // The browser has started the download by the next task; the file's words then leave memory.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Downloads of the person's own copy: everything they wrote, and what was shared with them. What is
 * in their vault comes from the server sealed; with the vault open, the data file is put together in
 * this tab with those words opened. The document (PDF) is made by the server, which cannot read them,
 * so it says where they are instead.
 */
export function ExportLinks({ spaceId }: { spaceId: string }) {
  const paths = exportPaths(spaceId);
  const accountId = useSession().data?.account?.id ?? "";
  const vaultOpen = useVaultState(accountId) === "open";
  const download = useMutation({
    mutationFn: async () => save(await openExport(accountId, await api.get<ExportDocument>(paths.json))),
  });
  return (
    <>
      {download.error && (
        <p role="alert" className="form-error">
          {download.error instanceof VaultError || download.error instanceof VaultClosedError
            ? download.error.message
            : "The data file could not be made just now. Check your connection and try again."}
        </p>
      )}
      <div className="button-row heal-downloads">
        <a className="button button--secondary" href={paths.pdf} download>
          Download as a document (PDF)
        </a>
        {vaultOpen ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={download.isPending}
            onClick={() => download.mutate()}
          >
            {download.isPending ? "Opening your vault's words…" : "Download as a data file (JSON)"}
          </button>
        ) : (
          <a className="button button--secondary" href={paths.json} download>
            Download as a data file (JSON)
          </a>
        )}
      </div>
      {accountId && (
        <VaultGate accountId={accountId} what="What you wrote privately (drafts and other vault writing)">
          <p className="muted">
            Your vault is open in this tab, so the data file holds your vault writing as you wrote it. The
            document leaves those words out: only your browser can read them.
          </p>
        </VaultGate>
      )}
    </>
  );
}
