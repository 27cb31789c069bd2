import type { ExportDocument } from "@mend/core/ending/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { addJournal } from "../journal/in-export.ts";
import { spaceQuery } from "../spaces/api.ts";
import { openExport } from "../vault/export.ts";
import { OpenVaultForm } from "../vault/OpenVaultForm.tsx";
import { useAccountId, useVaultState } from "../vault/VaultGate.tsx";
import { exportPaths } from "./api.ts";

/** Saves a file the page made, under the name given. */
function save(fileName: string, contents: string) {
  const url = URL.createObjectURL(new Blob([contents], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The data file, made in this tab: the server sends what is in the vault sealed, and it is opened here
 * so the file holds the person's own words.
 */
export function JsonExportButton({ spaceId, className }: { spaceId: string; className?: string }) {
  const accountId = useAccountId();
  const client = useQueryClient();
  const download = useMutation({
    mutationFn: async () => {
      const { you } = await client.fetchQuery(spaceQuery(spaceId));
      const exported = await api.get<ExportDocument>(exportPaths(spaceId).json);
      const opened = await openExport(accountId, exported, you.role);
      const document = await addJournal(client, accountId, opened);
      save(`mend-export-${document.exportedAt.slice(0, 10)}.json`, JSON.stringify(document, null, 2));
    },
  });
  return (
    <>
      <button
        type="button"
        className={className ?? "button button--secondary"}
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? "Preparing your data file…" : "Download as a data file (JSON)"}
      </button>
      {download.isError && <p role="alert">{formErrorsFrom(download.error).message}</p>}
    </>
  );
}

/** Downloads of the person's own copy: everything they wrote, and what was shared with them. */
export function ExportLinks({ spaceId }: { spaceId: string }) {
  const paths = exportPaths(spaceId);
  const accountId = useAccountId();
  const vaultOpen = useVaultState(accountId) === "open";
  return (
    <>
      <div className="button-row heal-downloads">
        <a className="button button--secondary" href={paths.pdf} download>
          Download as a document (PDF)
        </a>
        <JsonExportButton spaceId={spaceId} />
      </div>
      {vaultOpen ? (
        <p className="muted heal-downloads__note">
          What is in your vault, your journal included, is opened in this tab for the data file. The document
          says only that it is there: the server cannot read it.
        </p>
      ) : (
        <div className="heal-downloads__note">
          <OpenVaultForm
            accountId={accountId}
            prompt="Your vault is locked in this tab, so what it holds stays sealed in both files and your journal is left out. Enter your password to open it here and have those words in the data file."
          />
        </div>
      )}
    </>
  );
}
