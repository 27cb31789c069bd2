import { exportPaths } from "./api.ts";

/** Downloads of the person's own copy: everything they wrote, and what was shared with them. */
export function ExportLinks({ spaceId }: { spaceId: string }) {
  const paths = exportPaths(spaceId);
  return (
    <div className="button-row heal-downloads">
      <a className="button button--secondary" href={paths.pdf} download>
        Download as a document (PDF)
      </a>
      <a className="button button--secondary" href={paths.json} download>
        Download as a data file (JSON)
      </a>
    </div>
  );
}
