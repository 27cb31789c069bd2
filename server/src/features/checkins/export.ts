import { checkinText, emotionLabels, shareableSections, trustSignLabels } from "@mend/core/checkins/fields";
import {
  type CheckinSharedView,
  presentOwnCheckin,
  presentSharedCheckin,
  sharesSomething,
} from "@mend/core/checkins/present";
import type { ElementRatings, EmotionIntensities } from "@mend/core/checkins/schema";
import type { ExportItem } from "@mend/core/ending/contract";
import { trustElements, trustElementText } from "@mend/core/trust/elements";
import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, iso } from "../ending/export-types.ts";
import { reaches } from "../spaces/pair.ts";
import { checkinFromRow } from "./presenters.ts";
import { checkinsRepo } from "./repo.ts";

type Detail = ExportItem["details"][number];

/** The parts of a check-in as label and value; a part that is absent (not shared) gives no line. */
function checkinDetails(view: {
  trustNow?: number;
  elements?: ElementRatings;
  emotions?: EmotionIntensities;
  signs?: readonly (keyof typeof trustSignLabels)[];
  need?: string;
}): Detail[] {
  const details: Detail[] = [];
  if (view.trustNow !== undefined)
    details.push({ label: "Trust right now (0–10)", value: String(view.trustNow) });
  const { elements } = view;
  if (elements) {
    for (const element of trustElements) {
      details.push({ label: trustElementText[element].label, value: String(elements[element]) });
    }
  }
  if (view.emotions) {
    const felt = Object.entries(view.emotions).map(
      ([emotion, intensity]) => `${emotionLabels[emotion as keyof typeof emotionLabels]} (${intensity} of 5)`,
    );
    if (felt.length > 0) details.push({ label: "Feelings", value: felt.join(", ") });
  }
  if (view.signs && view.signs.length > 0) {
    details.push({
      label: "Signs noticed",
      value: view.signs.map((sign) => trustSignLabels[sign]).join("; "),
    });
  }
  if (view.need !== undefined) details.push({ label: "What I needed", value: view.need });
  return details;
}

/**
 * The member's own check-ins in full (except the safety answer, which is write-only for everyone; the
 * private note as its envelope, which their browser opens into the data file),
 * and the other person's only as the core shared view shows them: unshared parts never get here.
 */
export const checkinsExporter: Exporter = {
  id: "checkins",
  title: "Check-ins",
  async items(context) {
    const { db, spaceId, memberId, otherMemberId } = context;
    const pair = await exportPair(context);
    const repo = checkinsRepo(db);
    const own = (await repo.byMember(spaceId, memberId)).map((row): ExportItem => {
      const view = presentOwnCheckin(checkinFromRow(row));
      const shared = shareableSections.filter((section) => view.sharing[section]);
      return {
        title: `Your ${checkinText[view.kind].title.toLowerCase()}`,
        at: iso(view.submittedAt),
        from: "you",
        visibility: shared.length > 0 ? "shared" : "private",
        ...(view.sealedNote === undefined
          ? {}
          : { sealed: { kind: "checkin-note" as const, itemId: view.id, envelope: view.sealedNote } }),
        ...(view.plainNote === undefined ? {} : { text: view.plainNote }),
        details: checkinDetails(view),
      };
    });
    const theirs =
      otherMemberId && pair
        ? (await repo.byMember(spaceId, otherMemberId))
            .filter((row) => reaches(pair, row.memberId, row.submittedAt))
            .map((row): CheckinSharedView => presentSharedCheckin(checkinFromRow(row)))
            .filter(sharesSomething)
            .map(
              (view): ExportItem => ({
                title: `Their ${checkinText[view.kind].title.toLowerCase()}, as they shared it`,
                at: iso(view.submittedAt),
                from: "them",
                visibility: "shared",
                details: checkinDetails(view),
              }),
            )
        : [];
    return [...own, ...theirs];
  },
};
