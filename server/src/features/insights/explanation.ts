import type { ExplainedEventView, TrustExplanationView } from "@mend/core/insights/contract";
import { evidenceWeight, type TrustEvidence } from "@mend/core/trust/evidence";
import { explainEvent, explainTrustModel } from "@mend/core/trust/explanation";

/**
 * The events behind one record chart, newest first, as the chart counts them: those at or before
 * `now` that carry any weight.
 */
export function explainedEvents(events: readonly TrustEvidence[], now: Date): ExplainedEventView[] {
  return events
    .filter((event) => event.at.getTime() <= now.getTime() && evidenceWeight(event) > 0)
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .map((event) => {
      const explained = explainEvent(event, now);
      return {
        kind: explained.kind,
        at: explained.at.toISOString(),
        what: explained.what,
        raises: explained.raises,
        lowers: explained.lowers,
        countsNow: explained.countsNow,
        countsNowText: explained.countsNowText,
      };
    });
}

/** The explanation page: the model in words and the viewer's evidence, field by field. */
export function trustExplanationView(
  aboutMe: readonly TrustEvidence[],
  aboutThem: readonly TrustEvidence[] | null,
  otherName: string,
  now: Date,
): TrustExplanationView {
  return {
    otherName,
    model: explainTrustModel(),
    yours: explainedEvents(aboutMe, now),
    theirs: aboutThem === null ? null : explainedEvents(aboutThem, now),
  };
}
