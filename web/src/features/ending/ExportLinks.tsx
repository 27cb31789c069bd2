import { type MouseEvent, useState } from "react";
import { Link } from "react-router";
import { useSession } from "../accounts/session.ts";
import { useJournalInExport } from "../journal/in-export.ts";
import { exportPaths } from "./api.ts";

/** Downloads of the person's own copy: everything they wrote, and what was shared with them. */
export function ExportLinks({ spaceId }: { spaceId: string }) {
  const paths = exportPaths(spaceId);
  const journal = useJournalInExport(useSession().data?.account?.id ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);

  const downloadJson = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!journal.open) return;
    event.preventDefault();
    if (preparing) return;
    setProblem(null);
    setPreparing(true);
    journal
      .download(paths.json)
      .catch((error: unknown) =>
        setProblem(
          error instanceof Error
            ? `The data file could not be made: ${error.message}`
            : "The data file could not be made. Try again.",
        ),
      )
      .finally(() => setPreparing(false));
  };

  return (
    <>
      <div className="button-row heal-downloads">
        <a className="button button--secondary" href={paths.pdf} download>
          Download as a document (PDF)
        </a>
        <a
          className="button button--secondary"
          href={paths.json}
          download
          onClick={downloadJson}
          aria-busy={preparing}
        >
          Download as a data file (JSON)
        </a>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p className="heal-item__meta">
        {journal.open
          ? "Your private journal is in the data file, opened in this browser. The document leaves it out: the server makes it, and cannot read your journal."
          : "Your private journal is not in these files while your vault is locked in this tab. "}
        {!journal.open && <Link to="/journal">Open it on your journal's page</Link>}
        {!journal.open && ", then come back to download it with everything else."}
      </p>
    </>
  );
}
