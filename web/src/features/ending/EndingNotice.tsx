import { afterEnding } from "@mend/core/ending/content";
import type { EndingView } from "@mend/core/ending/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { endingQuery } from "./api.ts";

type Ending = Extract<EndingView, { status: "ending" }>;

export const daysLeftText = (ending: Ending) =>
  ending.daysLeft === 1 ? "This is the last day." : `${ending.daysLeft} days left.`;

/** The same words for both people, whoever ended it: when the space closes and how long is left. */
export function EndingSummary({ ending }: { ending: Ending }) {
  return (
    <>
      <p>{afterEnding.text}</p>
      <p className="heal-ending__closes">
        {afterEnding.closesOn} {formatDate(ending.closesAt)}. {daysLeftText(ending)}
      </p>
      <p>{afterEnding.care}</p>
    </>
  );
}

/** Shown on the space home while an ended repair counts down to closing. */
export function EndingNotice({ spaceId }: { spaceId: string }) {
  const ending = useQuery(endingQuery(spaceId));
  if (ending.data?.status !== "ending") return null;
  return (
    <section className="callout callout--care heal-ending" aria-labelledby="ending-notice-title">
      <h2 id="ending-notice-title" className="callout__title">
        {afterEnding.title}
      </h2>
      <EndingSummary ending={ending.data} />
      <p>
        <Link to={`/spaces/${segment(spaceId)}/ending`}>Download your copy</Link>
      </p>
    </section>
  );
}
