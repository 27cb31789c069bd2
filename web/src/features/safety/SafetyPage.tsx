import { safetyPage } from "@mend/core/safety/index";
import { Link, useLocation, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { noticeFrom } from "../accounts/navigation-state.ts";
import { GuidanceSections } from "./GuidanceSections.tsx";
import { HelpLines } from "./HelpLines.tsx";

/** Reachable signed in or not; inside a space it links back there, and says nothing about repair. */
export function SafetyPage() {
  const { spaceId } = useParams();
  const notice = noticeFrom(useLocation().state);
  useDocumentTitle(safetyPage.title);
  return (
    <div className="page page--narrow">
      {spaceId && (
        <p className="eyebrow">
          <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
        </p>
      )}
      <h1>{safetyPage.title}</h1>
      {notice && <Notice tone="info">{notice}</Notice>}
      <p className="lead">{safetyPage.intro}</p>
      <HelpLines />
      <GuidanceSections page={safetyPage} />
    </div>
  );
}
