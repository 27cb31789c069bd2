import type { SpaceView } from "@mend/core/spaces/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { otherPersonName } from "../spaces/api.ts";
import { reassuranceQuery } from "./api.ts";

/**
 * The space home's in-app notice of reassurance: requests waiting for your reply, and replies to
 * yours waiting for your word. It shows only when there is something to do.
 */
export function ReassuranceCard({ space }: { space: SpaceView }) {
  const list = useQuery(reassuranceQuery(space.id));
  if (!list.isSuccess) return null;
  const name = otherPersonName(space);
  const waiting = list.data.waitingForYou;
  const replied = list.data.requests.filter((r) => r.from === "you" && r.can.rateOutcome).length;
  if (waiting === 0 && replied === 0) return null;

  return (
    <section className="section" aria-labelledby="reassurance-card-title">
      <div className="callout callout--care">
        <h2 id="reassurance-card-title" className="callout__title">
          {waiting > 0 ? `${name} asked for reassurance` : `${name} replied to you`}
        </h2>
        <p>
          {waiting > 0
            ? waiting === 1
              ? "One request is waiting for your reply. A few warm words soon can mean a lot."
              : `${waiting} requests are waiting for your reply. A few warm words soon can mean a lot.`
            : "When you've read it, you can say whether it helped."}
        </p>
        <Link className="button button--primary" to={`/spaces/${segment(space.id)}/reassurance`}>
          {waiting > 0 ? "Read and reply" : "Read the reply"}
        </Link>
      </div>
    </section>
  );
}
