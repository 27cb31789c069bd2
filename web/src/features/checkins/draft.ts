import type { SubmitCheckinBody } from "@mend/core/checkins/contract";
import {
  type CheckinKind,
  defaultSharing,
  maxRating,
  minRating,
  type SafetyFeeling,
  type ShareableSection,
  type Sharing,
  shareableSections,
  type TrustSign,
} from "@mend/core/checkins/fields";
import { type TrustElement, trustElements, trustElementText } from "@mend/core/trust/elements";
import type { FormErrors } from "../../ui/form-errors.ts";
import type { EmotionDraft } from "./EmotionPicker.tsx";

/** The form as the person fills it in: nothing is chosen for them except the sharing defaults. */
export interface CheckinDraft {
  kind: CheckinKind;
  trustNow: number | null;
  elements: Record<TrustElement, number | null>;
  emotions: EmotionDraft;
  signs: TrustSign[];
  need: string;
  privateNote: string;
  feelSafe: SafetyFeeling | null;
  pressured: "yes" | "no" | null;
  sharing: Sharing;
}

export function emptyDraft(kind: CheckinKind): CheckinDraft {
  return {
    kind,
    trustNow: null,
    elements: { honesty: null, reliability: null, respect: null, loyalty: null, empathy: null },
    emotions: {},
    signs: [],
    need: "",
    privateNote: "",
    feelSafe: null,
    pressured: null,
    sharing: { ...defaultSharing },
  };
}

/** The parts a check-in of this kind has, in the order the form shows them. */
export const sectionsOf = (kind: CheckinKind): ShareableSection[] =>
  shareableSections.filter((section) => kind === "weekly" || section !== "elements");

/**
 * The parts of a saved check-in that sharing can show. A feeling or sign list shows even when empty
 * ("none picked"), but an empty request has nothing to show, so it is left out.
 */
export const showableSections = (checkin: { kind: CheckinKind; need?: string | undefined }) =>
  sectionsOf(checkin.kind).filter((section) => section !== "need" || checkin.need !== undefined);

/** Problems the page can see before sending anything, keyed like the error summary's fields. */
export function draftProblems(draft: CheckinDraft): FormErrors {
  const fields: Record<string, string> = {};
  if (draft.trustNow === null) {
    fields.trustNow = `Choose a number from ${minRating} to ${maxRating} for how much you trust them right now.`;
  }
  if (draft.kind === "weekly") {
    for (const element of trustElements) {
      if (draft.elements[element] === null) {
        fields[element] =
          `Rate ${trustElementText[element].label.toLowerCase()} from ${minRating} to ${maxRating}.`;
      }
    }
  }
  if (draft.pressured !== null && draft.feelSafe === null) {
    fields.safety = "Answer whether you feel safe as well, or clear both private questions.";
  }
  return { message: null, fields };
}

/**
 * Call only when `draftProblems` found nothing: every rating the kind needs is then filled in. The
 * private note is not part of it: it is sealed in the browser and sent apart (see `useSubmitCheckin`).
 */
export function toBody(draft: CheckinDraft, utcOffsetMinutes: number): SubmitCheckinBody {
  const common = {
    trustNow: draft.trustNow ?? minRating,
    emotions: draft.emotions,
    signs: draft.signs,
    need: draft.need,
    sharing: draft.sharing,
    utcOffsetMinutes,
    ...(draft.feelSafe === null
      ? {}
      : {
          safety: {
            feelSafe: draft.feelSafe,
            ...(draft.pressured === null ? {} : { pressured: draft.pressured === "yes" }),
          },
        }),
  };
  if (draft.kind === "daily") return { kind: "daily", ...common };
  const rated = (element: TrustElement) => draft.elements[element] ?? minRating;
  return {
    kind: "weekly",
    ...common,
    elements: {
      honesty: rated("honesty"),
      reliability: rated("reliability"),
      respect: rated("respect"),
      loyalty: rated("loyalty"),
      empathy: rated("empathy"),
    },
  };
}
