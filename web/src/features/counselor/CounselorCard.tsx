import type { SpaceView } from "@mend/core/spaces/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { counselorQuery } from "./api.ts";

/**
 * The space home's line about a counselor. On the safety path it appears only when there is something
 * of the person's own to answer or end (a request, or access they agreed to): a neutral item they can
 * ignore, with no badge and no urgency, and nothing that suggests inviting anyone.
 */
export function CounselorCard({ space, withOther }: { space: SpaceView; withOther: boolean }) {
  const counselor = useQuery({ ...counselorQuery(space.id), enabled: space.other !== null });
  if (!space.other || !counselor.isSuccess) return null;
  const view = counselor.data;
  const name = view.counselorName ?? "A counselor";
  const text =
    view.status === "active"
      ? `${name} can read what the two of you share.`
      : view.status === "waiting_for_both"
        ? view.youSaidYes
          ? `You said yes to ${name}. Access starts once both of you have.`
          : `${name} asked to read what the two of you share, as your counselor.`
        : view.status === "link_open"
          ? "A link for a counselor is open."
          : null;
  if (!withOther && view.status !== "waiting_for_both" && view.status !== "active") return null;

  return (
    <section className="section" aria-labelledby="counselor-card-title">
      <div className="panel heal-card">
        <h2 id="counselor-card-title">A counselor</h2>
        <p>
          {text ?? "A counselor you both choose can read what you share here, and help between sessions."}
        </p>
        <p>
          <Link to={`/spaces/${segment(space.id)}/counselor`}>
            {view.status === "none" || view.status === "ended"
              ? "About inviting a counselor"
              : "See the details"}
          </Link>
        </p>
      </div>
    </section>
  );
}
