import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { soloQuery } from "./api.ts";
import { SoloSteps } from "./SoloSteps.tsx";

/**
 * The journey map's part for one person: while alone, their own path and what they have done on it;
 * once the other person is here, what they prepared on their own (still visible to them only).
 */
export function SoloPathSummary({ spaceId }: { spaceId: string }) {
  const path = useQuery(soloQuery(spaceId));
  if (!path.data) return null;
  const base = `/spaces/${segment(spaceId)}/own-path`;
  const started = path.data.steps.some((s) => s.done || (s.progress?.done ?? 0) > 0);
  if (path.data.otherHere && !started) return null;
  return (
    <section className="section callout callout--welcome" aria-labelledby="own-path-title">
      <h2 id="own-path-title" className="callout__title">
        {path.data.otherHere ? "What you prepared on your own" : "Your path while you're on your own"}
      </h2>
      <p>
        {path.data.otherHere
          ? "This stays yours: nothing from it reaches the other person unless you share it yourself."
          : "These steps are for you, whether or not the other person joins. They steady you and help you decide; repairing the relationship needs you both."}
      </p>
      <SoloSteps steps={path.data.steps} linkTo={(id) => `${base}#step-${id}`} />
      <Link className="button button--primary" to={base}>
        {started ? "Carry on with your path" : "Start your path"}
      </Link>
    </section>
  );
}
