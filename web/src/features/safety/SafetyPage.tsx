import { safetyPage } from "@mend/core/safety/index";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { GuidanceSections } from "./GuidanceSections.tsx";
import { HelpLines } from "./HelpLines.tsx";

/** Reachable signed in or not; inside a space it links back there, and says nothing about repair. */
export function SafetyPage() {
  const { spaceId } = useParams();
  useDocumentTitle(safetyPage.title);
  return (
    <div className="page page--narrow">
      {spaceId && (
        <p className="eyebrow">
          <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
        </p>
      )}
      <h1>{safetyPage.title}</h1>
      <p className="lead">{safetyPage.intro}</p>
      <HelpLines />
      <GuidanceSections page={safetyPage} />
    </div>
  );
}
