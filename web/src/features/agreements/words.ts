import type {
  AgreementDetailView,
  AgreementTermsView,
  AgreementTopic,
  AgreementView,
} from "@mend/core/agreements/contract";
import { localDate } from "../checkins/calendar.ts";

export const topicLabels: Record<AgreementTopic, string> = {
  communication: "How we talk",
  transparency: "Openness",
  time: "Time and plans",
  social_contact: "Other people",
  other: "Something else",
};

export const stateLabels: Record<AgreementView["state"], string> = {
  proposed: "Proposed",
  countered: "Changes suggested",
  active: "In place",
  under_review: "Being reviewed",
  due_for_review: "Due for review",
  declined: "Declined",
  cancelled: "Taken back",
  retired: "Retired",
  withdrawn: "Stepped back from",
};

export const pendingKindLabels: Record<NonNullable<AgreementView["pending"]>["kind"], string> = {
  proposal: "a proposal",
  revision: "new wording",
  renewal: "keeping it as it is",
  retirement: "retiring it",
};

type HistoryEntry = AgreementDetailView["history"][number];

const actionWords: Record<HistoryEntry["action"], string> = {
  propose: "proposed it",
  counter: "suggested changes",
  accept: "accepted",
  decline: "declined",
  cancel: "took back their proposal",
  renew: "proposed keeping it as it is",
  revise: "proposed new wording",
  retire: "proposed retiring it",
  withdraw: "stepped back from it",
};

const outcomeWords: Record<NonNullable<HistoryEntry["outcome"]>, string> = {
  activated: "so it came into force",
  renewed: "so it continues as it is",
  revised: "so the new wording is in force",
  retired: "so it was retired",
};

/** "You" or the other person's name; someone who has left is named as such. */
export function who(person: "you" | "other" | "former_member", otherName: string): string {
  if (person === "you") return "You";
  if (person === "other") return otherName;
  return "Someone who has left";
}

export function historyLine(entry: HistoryEntry, otherName: string): string {
  const outcome = entry.outcome ? `, ${outcomeWords[entry.outcome]}` : "";
  return `${who(entry.by, otherName)} ${actionWords[entry.action]}${outcome}`;
}

export function appliesToText(appliesTo: AgreementTermsView["appliesTo"], otherName: string): string {
  switch (appliesTo) {
    case "you":
      return "Asks something of you";
    case "other":
      return `Asks something of ${otherName}`;
    case "both":
      return "Asks something of you both";
  }
}

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: "long" });

export function reviewText(review: AgreementTermsView["review"]): string {
  if (review.kind === "on") return `Review on ${longDate.format(localDate(review.date))}`;
  const unit = review.count === 1 ? review.unit.slice(0, -1) : review.unit;
  return review.count === 1 ? `Review every ${unit}` : `Review every ${review.count} ${unit}`;
}

/** Ended agreements keep their history but ask nothing of anyone. */
export const isEnded = (state: AgreementView["state"]) =>
  state === "declined" || state === "cancelled" || state === "retired" || state === "withdrawn";
