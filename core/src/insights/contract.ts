/**
 * The insights and help API contract: response shapes shared by the server and the web.
 *
 * Routes (every one needs a session and membership of the space; anyone else gets 404):
 *   GET /api/spaces/:spaceId/insights?utcOffsetMinutes=   → 200 `InsightsView`
 *   GET /api/spaces/:spaceId/help                         → 200 `HelpView`
 *   GET /api/spaces/:spaceId/insights/how-trust-is-read   → 200 `TrustExplanationView`
 *
 * Everything is relative to the viewer: "yours" is the viewer's, "theirs" the other member's.
 * From the other person, only what they shared or what both can see (promises, talks...) is used.
 *
 * Two kinds of trust data are kept apart on purpose and never blended:
 * - feelings: ratings a person gave in their own check-ins ("how it feels");
 * - record: an estimate from things that happened and are on record for both to see, such as
 *   promises kept or missed ("what the record shows"). It describes actions, not a person's worth.
 *
 * Every chart-like section carries `summary`: one plain sentence for screen readers and for anyone
 * who prefers words to a chart.
 */
import { z } from "zod";
import { elementRatingsView } from "../checkins/contract.ts";
import { emotions } from "../checkins/fields.ts";
import { guideSectionIds } from "../help/counselor-guide.ts";
import { milestoneIds } from "../help/milestones.ts";
import { helpRules, recommendations } from "../help/suggestions.ts";
import { trustElements } from "../trust/elements.ts";
import { evidenceKinds } from "../trust/evidence.ts";

const instant = z.iso.datetime();
/** A calendar date in the viewer's own calendar (YYYY-MM-DD); weeks are named by their Monday. */
const localDate = z.iso.date();
const count = z.int().min(0);
const youOrThem = z.enum(["you", "them"]);

function perElement<T extends z.ZodType>(schema: T) {
  return z.object(
    Object.fromEntries(trustElements.map((element) => [element, schema])) as Record<
      (typeof trustElements)[number],
      T
    >,
  );
}

// ─── Trust: what the record shows ────────────────────────────────────────────────────────────────

/**
 * An estimate on a 0–1 scale (multiply by 10 to set it beside 0–10 ratings). `expected` is the best
 * single reading; the truth could plausibly be anywhere from `low` to `high`. The band is the
 * Subjective Logic opinion: `low` is the belief, `high` is one minus the disbelief, and its width is
 * `uncertainty`, which is 1 when there is no evidence at all ("too early to tell").
 */
export const trustBand = z.object({
  expected: z.number(),
  low: z.number(),
  high: z.number(),
  uncertainty: z.number(),
});
export type TrustBand = z.infer<typeof trustBand>;

export const setbackView = z.object({
  kinds: z.array(z.enum(evidenceKinds)),
  elements: z.array(z.enum(trustElements)),
  /** Ids of the records (a promise, an agreement...) the setback came from, when known. */
  sourceIds: z.array(z.string()),
});

/** One point a week, the last one at `generatedAt`. `setback` marks negative evidence since the previous point. */
export const recordPoint = z.object({
  at: instant,
  overall: trustBand,
  elements: perElement(trustBand),
  setback: setbackView.optional(),
});
export type RecordPoint = z.infer<typeof recordPoint>;

export const confidences = ["too_early", "taking_shape", "well_supported"] as const;
export const trustStages = ["predictability", "dependability", "faith"] as const;

export const recordView = z.object({
  /** Whose actions the record is about. */
  about: youOrThem,
  /** How many recorded events about this person the estimate rests on (0: nothing yet). */
  events: count,
  points: z.array(recordPoint),
  current: z.object({
    overall: trustBand,
    elements: perElement(trustBand),
    confidence: z.enum(confidences),
    confidenceText: z.string(),
  }),
  /**
   * Only on the viewer's own record, and only when they are rebuilding trust they broke (role
   * "broke_trust" or "both"): which stage their actions are in, in words addressed to them. Never
   * given about the other person, so it cannot read as a verdict on anyone.
   */
  stage: z
    .object({
      stage: z.enum(trustStages),
      title: z.string(),
      meaning: z.string(),
      established: z.array(z.enum(trustElements)),
      workingOn: z.array(z.enum(trustElements)),
      complete: z.boolean(),
    })
    .optional(),
  summary: z.string(),
});
export type RecordView = z.infer<typeof recordView>;

// ─── Trust: how it feels ─────────────────────────────────────────────────────────────────────────

export const ratingPoint = z.object({ at: instant, trustNow: z.int().min(0).max(10) });
export const elementRatingPoint = z.object({ at: instant, elements: elementRatingsView });

/** The mean "trust right now" rating of one week. `dip` marks a clear drop from the week before. */
export const ratingWeek = z.object({
  weekOf: localDate,
  average: z.number(),
  count: count,
  dip: z.literal(true).optional(),
});

export const feelingsView = z.object({
  whose: youOrThem,
  /** Every "trust right now" rating (0–10), oldest first. For the other person: only shared ones. */
  ratings: z.array(ratingPoint),
  /** Ratings of each part of trust from weekly check-ins (0–10), oldest first. */
  elements: z.array(elementRatingPoint),
  /** Weekly averages of `ratings`, only for weeks that have any. */
  weeks: z.array(ratingWeek),
  summary: z.string(),
});
export type FeelingsView = z.infer<typeof feelingsView>;

// ─── Emotions by week (heat map) ─────────────────────────────────────────────────────────────────

export const emotionCell = z.object({
  /** Days of the week the feeling was noted. */
  days: count,
  /** Mean strength (1–5) over those notes. */
  average: z.number(),
  strongest: z.int().min(1).max(5),
});

/** Every week of the range, oldest first, empty weeks included so the grid has no gaps. */
export const emotionWeek = z.object({
  weekOf: localDate,
  /** Check-ins behind this week's cells (for the other person: only those that shared feelings). */
  checkins: count,
  emotions: z.partialRecord(z.enum(emotions), emotionCell),
});

export const emotionsMap = z.object({ whose: youOrThem, weeks: z.array(emotionWeek), summary: z.string() });
export type EmotionsMap = z.infer<typeof emotionsMap>;

// ─── Consistency, talks, milestones, conversation health ─────────────────────────────────────────

export const consistencyMeasures = ["promises_kept", "questions_answered", "transparency_offered"] as const;

/**
 * One measure of steady action over the last `windowDays`. `available` is false while no feature in
 * this Mend records that kind of thing yet; the item is then a placeholder whose summary says what
 * will appear. `of` is present where there is a total to compare with (promises due).
 */
export const consistencyItem = z.object({
  measure: z.enum(consistencyMeasures),
  about: youOrThem,
  available: z.boolean(),
  windowDays: count,
  count: count,
  of: count.optional(),
  title: z.string(),
  summary: z.string(),
});
export const consistencyView = z.object({ items: z.array(consistencyItem), summary: z.string() });

export const talkCounts = z.object({
  held: count,
  completed: count,
  endedEarly: count,
  /** Breaks taken during talks: healthy in themselves. */
  pauses: count,
});
export const talksView = z.object({
  available: z.boolean(),
  total: talkCounts,
  recent: talkCounts,
  recentDays: count,
  summary: z.string(),
});

export const milestoneView = z.object({
  id: z.enum(milestoneIds),
  /** Whose small victory it is; "both" for shared ones such as a talk carried through. */
  whose: z.enum(["you", "them", "both"]),
  achievedAt: instant,
  title: z.string(),
  note: z.string(),
});
export const milestonesView = z.object({ items: z.array(milestoneView), summary: z.string() });

export const healthBands = [
  "quiet",
  "all_helpful",
  "at_reference",
  "below_reference",
  "harmful_outweighs",
] as const;
export const weekHealthView = z.object({
  weekOf: localDate,
  helpful: count,
  harmful: count,
  /** helpful ÷ harmful; null when nothing harmful was noted. */
  ratio: z.number().nullable(),
  band: z.enum(healthBands),
  summary: z.string(),
});

/**
 * Helpful and harmful moments the language coach noted in texts the two of you shared, per week.
 * `available` is false until a feature supplies such findings: show "not enough yet", not a zero.
 */
export const conversationView = z.object({
  available: z.boolean(),
  referenceRatio: z.number(),
  weeks: z.array(weekHealthView),
  overall: weekHealthView.omit({ weekOf: true }).nullable(),
  summary: z.string(),
});

export const improvementIds = [
  "trust_rating_up",
  "distress_lighter",
  "hope_more_often",
  "fewer_signs",
  "record_steadier",
  "promises_kept",
  "milestones_reached",
  "talks_calmer",
] as const;

/** What got better over the last `windowDays` compared with the same span before. Only good news is listed. */
export const improvementsView = z.object({
  windowDays: count,
  items: z.array(z.object({ id: z.enum(improvementIds), text: z.string() })),
  summary: z.string(),
});

/** Realistic expectations, in a few short paragraphs shown above the charts. */
export const framingView = z.object({ title: z.string(), paragraphs: z.array(z.string()) });

// ─── Professional help ───────────────────────────────────────────────────────────────────────────

/**
 * One suggestion of professional help, in words addressed to the viewer. `shared: false` means only
 * the viewer can see it (it came from their own private answers); the web may say so.
 */
export const helpSuggestionView = z.object({
  rule: z.enum(helpRules),
  shared: z.boolean(),
  /** "self": about the viewer's own data; "other": about what the other person shared; "both": talks. */
  perspective: z.enum(["self", "other", "both"]),
  recommend: z.enum(recommendations),
  recommendation: z.string(),
  title: z.string(),
  why: z.string(),
  basis: z.object({
    count: count,
    of: count,
    windowDays: count,
    slopePerWeek: z.number().optional(),
  }),
});

export const insightsView = z.object({
  generatedAt: instant,
  /** The calendar the weeks were cut in: the query's offset, else the viewer's last check-in's, else 0. */
  utcOffsetMinutes: z.int(),
  range: z.object({ from: instant, to: instant }),
  /** The other person's name, or the name the viewer gave them before they joined. */
  otherName: z.string(),
  framing: framingView,
  trust: z.object({
    yourFeelings: feelingsView,
    /** What the other person shared of their own ratings; null while nobody else is in the space. */
    theirFeelings: feelingsView.nullable(),
    /** The record of the other person's actions; null while nobody else is in the space. */
    theirRecord: recordView.nullable(),
    yourRecord: recordView,
  }),
  emotions: z.object({ yours: emotionsMap, theirs: emotionsMap.nullable() }),
  consistency: consistencyView,
  talks: talksView,
  milestones: milestonesView,
  conversation: conversationView,
  improvements: improvementsView,
  /** The help suggestions meant for this viewer, as `/help` gives them, from the same reading of the record. */
  helpSuggestions: z.array(helpSuggestionView),
});
export type InsightsView = z.infer<typeof insightsView>;

export const counselorGuideView = z.object({
  title: z.string(),
  intro: z.string(),
  sections: z.array(
    z.object({ id: z.enum(guideSectionIds), title: z.string(), points: z.array(z.string()) }),
  ),
});

export const helpView = z.object({
  suggestions: z.array(helpSuggestionView),
  counselorGuide: counselorGuideView,
});
export type HelpView = z.infer<typeof helpView>;

// ─── How the record is read ──────────────────────────────────────────────────────────────────────

const paragraphs = z.array(z.string());

/** One event behind a record chart: what it was, when, which parts of trust it moved, how much it counts now. */
export const explainedEventView = z.object({
  kind: z.enum(evidenceKinds),
  at: instant,
  what: z.string(),
  raises: z.array(z.enum(trustElements)),
  lowers: z.array(z.enum(trustElements)),
  /** The share of an ordinary event's weight it carries today, after fading. */
  countsNow: z.number().min(0),
  countsNowText: z.string(),
});
export type ExplainedEventView = z.infer<typeof explainedEventView>;

/**
 * The trust model in plain words (every number from the model's own configuration, see
 * `trust/explanation.ts`) and the events behind the two record charts the viewer sees, newest first:
 * exactly the evidence the insights page reads, so nothing the viewer may not see.
 */
export const trustExplanationView = z.object({
  otherName: z.string(),
  model: z.object({
    intro: paragraphs,
    elements: z.array(
      z.object({
        element: z.enum(trustElements),
        label: z.string(),
        meaning: z.string(),
        raisedBy: z.array(z.string()),
        loweredBy: z.array(z.string()),
      }),
    ),
    sections: z.array(
      z.object({
        id: z.enum(["fading", "asymmetry", "owning", "after_deception", "certainty"]),
        title: z.string(),
        paragraphs,
      }),
    ),
    formula: z.array(z.string()),
  }),
  /** The events about the viewer's own actions: what their own record is built from. */
  yours: z.array(explainedEventView),
  /** The events about the other person's actions; null while nobody else is in the space. */
  theirs: z.array(explainedEventView).nullable(),
});
export type TrustExplanationView = z.infer<typeof trustExplanationView>;
