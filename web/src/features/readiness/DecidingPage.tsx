import { decidingPage } from "@mend/core/readiness/index";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { GuidanceSections } from "../safety/GuidanceSections.tsx";

export function DecidingPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle(decidingPage.title);
  const base = `/spaces/${segment(spaceId)}`;
  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>{decidingPage.title}</h1>
      <p className="lead">{decidingPage.intro}</p>
      <GuidanceSections page={decidingPage} />
      <section className="section" aria-labelledby="deciding-next-title">
        <h2 id="deciding-next-title">When you're ready</h2>
        <p>
          You can <Link to={`${base}/readiness`}>take the private check again</Link> whenever your thinking
          changes, or read about <Link to={`${base}/safety`}>staying safe</Link>. Leaving the space is always
          open to you, and needs no one's agreement.
        </p>
      </section>
    </div>
  );
}
