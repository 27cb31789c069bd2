/**
 * How the trust record is read, in plain words. Every number said here is read from the model's own
 * configuration (`defaultTrustModelOptions` and `evidenceTable`), never restated, so changing the
 * model changes the page that explains it. Tests render it from a changed configuration to prove so.
 */
import { type TrustElement, trustElements, trustElementText } from "./elements.ts";
import {
  type EvidenceKind,
  type EvidenceRow,
  evidenceKinds,
  evidenceTable,
  type TrustEvidence,
} from "./evidence.ts";
import { defaultTrustModelOptions, resolveOptions, type TrustModelOptions } from "./model.ts";

/** The model as the explanation reads it: its options and its table of evidence. */
export interface TrustModelConfig {
  options: TrustModelOptions;
  table: Readonly<Record<EvidenceKind, EvidenceRow>>;
}

export const trustModelConfig: TrustModelConfig = { options: defaultTrustModelOptions, table: evidenceTable };

/** Each kind of evidence in a few words, said of whoever the record is about. */
export const evidenceKindText: Record<EvidenceKind, string> = {
  promise_kept: "a promise kept",
  promise_missed: "a promise missed",
  promise_disputed: "a promise marked kept that the other person saw differently",
  agreement_honoured: "an agreement honoured",
  agreement_breached: "a broken agreement that was found out",
  agreement_self_reported: "a broken agreement owned up to",
  deception_discovered: "something hidden that came to light",
  question_answered: "a question answered",
  question_overdue: "a question left waiting past its time",
  acknowledgment_accepted: "an acknowledgment accepted as true",
  proactive_transparency: "something told openly before it was asked for",
  reassurance_helped: "reassurance that helped",
  reassurance_unanswered: "a request for reassurance left unanswered",
  need_met: "a need named in a check-in, and met",
  amend_made: "an amend made",
  amend_late: "an amend left past its date",
};

const smallNumbers = [
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const numberInWords = (n: number) => smallNumbers[n] ?? String(n);

/** A span of days as people say it: "ten days", "three weeks", "about a month", "about a year". */
export function durationInWords(days: number): string {
  const whole = Math.round(days);
  if (whole <= 1) return "a day";
  if (whole < 14 && whole % 7 !== 0) return `${numberInWords(whole)} days`;
  if (whole % 7 === 0 && whole <= 56) return whole === 7 ? "a week" : `${numberInWords(whole / 7)} weeks`;
  const months = Math.round(days / 30.4);
  if (days >= 26 && days < 330 && Math.abs(days - months * 30.4) <= 3) {
    return months === 1 ? "about a month" : `about ${numberInWords(months)} months`;
  }
  if (days >= 330) {
    const years = Math.round(days / 365);
    return years === 1 ? "about a year" : `about ${numberInWords(years)} years`;
  }
  if (days < 90) return `about ${numberInWords(Math.round(days / 7))} weeks`;
  return `about ${numberInWords(months)} months`;
}

/** How many times as much, as people say it: "twice", "three times", "two and a half times". */
export function timesInWords(ratio: number): string {
  const halves = Math.round(ratio * 2);
  const whole = Math.floor(halves / 2);
  const exact = Math.abs(ratio - halves / 2) < 0.05;
  const about = exact ? "" : "about ";
  if (halves === 2) return `${about}as much`;
  if (halves === 4) return exact ? "twice as much" : "about twice as much";
  const count =
    halves % 2 === 0 ? `${numberInWords(whole)} times` : `${numberInWords(whole)} and a half times`;
  return `${about}${count} as much`;
}

const fractions: readonly (readonly [number, string])[] = [
  [3 / 4, "three quarters"],
  [2 / 3, "two thirds"],
  [1 / 2, "half"],
  [1 / 3, "a third"],
  [1 / 4, "a quarter"],
  [1 / 5, "a fifth"],
  [1 / 10, "a tenth"],
];

/** A share of something in words: "half", "about a third". The nearest common fraction, on a log scale. */
export function fractionInWords(share: number): string {
  let best = fractions[0] ?? [1, "all"];
  for (const candidate of fractions) {
    if (Math.abs(Math.log(share / candidate[0])) < Math.abs(Math.log(share / best[0]))) best = candidate;
  }
  return Math.abs(share - best[0]) < 0.01 ? best[1] : `about ${best[1]}`;
}

/** Sum of the negative units of one kind, before the model's multiplier. */
function unitsAgainst(row: EvidenceRow): number {
  return Object.values(row.effects).reduce((total, units) => total + (units < 0 ? -units : 0), 0);
}

/** How the model weighs a broken promise against a kept one, in its own units for reliability. */
export function brokenToKeptRatio({ options, table }: TrustModelConfig): number {
  const kept = table.promise_kept.effects.reliability ?? 0;
  const missed = -(table.promise_missed.effects.reliability ?? 0);
  return kept > 0 ? (options.negativeWeight * missed) / kept : options.negativeWeight;
}

/** What owning up to a broken agreement costs, as a share of the same break found out. */
export function ownedToFoundOutShare({ table }: TrustModelConfig): number {
  const found = unitsAgainst(table.agreement_breached);
  return found > 0 ? unitsAgainst(table.agreement_self_reported) / found : 1;
}

export interface ElementExplanation {
  element: TrustElement;
  label: string;
  meaning: string;
  /** The kinds of event that count for this element, in words. */
  raisedBy: string[];
  /** The kinds of event that count against it, in words. */
  loweredBy: string[];
}

export interface ExplanationSection {
  id: "fading" | "asymmetry" | "owning" | "after_deception" | "certainty";
  title: string;
  paragraphs: string[];
}

export interface TrustModelExplanation {
  intro: string[];
  elements: ElementExplanation[];
  sections: ExplanationSection[];
  /** The same rules as arithmetic, for anyone who asks to see them. */
  formula: string[];
}

const trimmed = (value: number) => String(Math.round(value * 100) / 100);

/** The whole explanation, every number taken from `config`. */
export function explainTrustModel(config: TrustModelConfig = trustModelConfig): TrustModelExplanation {
  const { options, table } = config;
  const { halfLifeDays, negativeWeight, afterDeceptionFactor } = resolveOptions(options);
  const kinds = evidenceKinds.filter((kind) => table[kind] !== undefined);
  const elements = trustElements.map((element): ElementExplanation => {
    const units = (kind: EvidenceKind) => table[kind].effects[element] ?? 0;
    return {
      element,
      label: trustElementText[element].label,
      meaning: trustElementText[element].meaning,
      raisedBy: kinds.filter((kind) => units(kind) > 0).map((kind) => evidenceKindText[kind]),
      loweredBy: kinds.filter((kind) => units(kind) < 0).map((kind) => evidenceKindText[kind]),
    };
  });

  const half = durationInWords(halfLifeDays);
  const quarter = durationInWords(halfLifeDays * 2);
  const brokenToKept = brokenToKeptRatio(config);
  const owned = ownedToFoundOutShare(config);
  const ownedCountsForHonesty = (table.agreement_self_reported.effects.honesty ?? 0) > 0;
  const foundOutCountsAgainstHonesty = (table.agreement_breached.effects.honesty ?? 0) < 0;

  const sections: ExplanationSection[] = [
    {
      id: "fading",
      title: "Recent events count more than old ones",
      paragraphs: [
        `Each event counts in full on the day it happens, then slowly less: after ${half} it counts half as much, after ${quarter} a quarter, and so on. Nothing is ever deleted; it just weighs less as time goes by.`,
        "So the record is mostly about how things have been lately. If nothing new happens, the reading drifts back toward the middle and grows less sure, because old certainty runs out.",
      ],
    },
    {
      id: "asymmetry",
      title: "A broken promise weighs more than a kept one",
      paragraphs: [
        `Something that counts against trust weighs ${timesInWords(negativeWeight)} as the same amount counting for it. A broken promise weighs ${timesInWords(brokenToKept)} as a kept one, so it takes several kept promises to make up for one that was broken.`,
        "That matches how trust works between people: it is lost faster than it is won back.",
      ],
    },
    {
      id: "owning",
      title: "Owning a slip costs less than being found out",
      paragraphs: [
        `When someone tells the other about a broken agreement themselves, it costs ${fractionInWords(owned)} of what the same break costs when it is found out${
          ownedCountsForHonesty ? ", and telling it counts for honesty" : ""
        }${foundOutCountsAgainstHonesty ? ", where being found out counts against it" : ""}.`,
        "Owning up is never scored worse than hiding something.",
      ],
    },
    {
      id: "after_deception",
      title: "After something hidden comes to light",
      paragraphs: [
        afterDeceptionFactor < 1
          ? `Once a broken agreement has been found out or something hidden has come to light, later openness still counts for honesty, at ${fractionInWords(afterDeceptionFactor)} of its usual weight. Honesty comes back more slowly after deception; it does come back.`
          : "Openness after something hidden came to light counts for honesty as much as it did before.",
      ],
    },
    {
      id: "certainty",
      title: "How sure the record is",
      paragraphs: [
        "With nothing on record, the chart shows a wide band around the middle: too early to tell either way. Each event narrows the band a little. A wide band is not a bad reading, only a young one.",
      ],
    },
  ];

  return {
    intro: [
      "The record is built only from things that happened in Mend and that you both can see: promises kept or missed, agreements, questions answered, reassurance and the like. Private notes, drafts and check-ins that were not shared never count.",
      "It describes actions, not anyone's worth, and it is kept apart from how trust feels to either of you.",
    ],
    elements,
    sections,
    formula: [
      `Each event starts at its weight (usually 1) and halves every ${trimmed(halfLifeDays)} days: weight × 0.5^(age in days ÷ ${trimmed(halfLifeDays)}).`,
      "For each part of trust, r adds up the faded units of the events that count for it.",
      `s adds up the faded units of the events that count against it, times ${trimmed(negativeWeight)}.`,
      "Best reading = (r + 1) ÷ (r + s + 2); how unsure it is = 2 ÷ (r + s + 2).",
      `After a break found out or something hidden uncovered, later units for honesty count × ${trimmed(afterDeceptionFactor)}.`,
      "The overall reading uses the average r and s across the five parts of trust.",
    ],
  };
}

export interface ExplainedEvent {
  kind: EvidenceKind;
  at: Date;
  what: string;
  raises: TrustElement[];
  lowers: TrustElement[];
  /** The share of an ordinary event's weight it carries today, after fading (0 to its weight). */
  countsNow: number;
  countsNowText: string;
}

/** How much an event still counts, in words: "counts in full", "counts about half as much as at first". */
export function countsNowInWords(share: number): string {
  if (share >= 0.95) return "counts in full";
  if (share >= 0.85) return "counts almost in full";
  if (share < 0.05) return "has all but faded";
  return `counts ${fractionInWords(share)} as much as at first`;
}

/** One event behind a chart, as the explanation page lists it. */
export function explainEvent(
  event: TrustEvidence,
  now: Date,
  config: TrustModelConfig = trustModelConfig,
): ExplainedEvent {
  const { halfLifeDays } = resolveOptions(config.options);
  const effects = config.table[event.kind].effects;
  const ageDays = Math.max(0, (now.getTime() - event.at.getTime()) / 86_400_000);
  const countsNow = (event.weight ?? 1) * 0.5 ** (ageDays / halfLifeDays);
  return {
    kind: event.kind,
    at: event.at,
    what: evidenceKindText[event.kind],
    raises: trustElements.filter((element) => (effects[element] ?? 0) > 0),
    lowers: trustElements.filter((element) => (effects[element] ?? 0) < 0),
    countsNow: Math.round(countsNow * 1000) / 1000,
    countsNowText: countsNowInWords(countsNow),
  };
}
