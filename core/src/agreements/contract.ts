import { z } from "zod";
import { instantInput } from "../date-input.ts";
import { controlKinds } from "./control-check.ts";
import {
  idField,
  localDateField,
  noteField,
  optionalText,
  people,
  requiredText,
  timeZoneField,
} from "./fields.ts";
import { agreementActions, agreementStates } from "./lifecycle.ts";
import { reviewLimits } from "./review.ts";

/** Contracts of boundaries and agreements; promises are in promise-contract.ts, the summary in consistency-contract.ts. */

export const agreementTopics = ["communication", "transparency", "time", "social_contact", "other"] as const;
export type AgreementTopic = (typeof agreementTopics)[number];

/** Who the terms ask something of, said by the person writing them. */
export const appliesToChoices = ["me", "you", "both"] as const;

const reviewSchedule = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("on"), date: localDateField }),
    z
      .strictObject({
        kind: z.literal("every"),
        count: z
          .int({ error: "Say how many weeks or months between reviews." })
          .min(1, { error: "Review at least every 1 week or month." })
          .max(reviewLimits.weeks, {
            error: `Review at least once a year (every ${reviewLimits.weeks} weeks at most).`,
          }),
        unit: z.enum(["weeks", "months"], { error: "Choose weeks or months." }),
      })
      .refine((r) => r.unit === "weeks" || r.count <= reviewLimits.months, {
        error: `Review at least once a year (every ${reviewLimits.months} months at most).`,
        path: ["count"],
      }),
  ],
  { error: "Choose when to review it: on a date, or every so many weeks or months." },
);

export const agreementTermsInput = z.strictObject({
  what: requiredText("What you agree", 1000),
  need: requiredText("The need behind it", 1000),
  consequence: optionalText("What happens if it's broken", 1000),
  topic: z.enum(agreementTopics, { error: "Choose what the agreement is about." }),
  appliesTo: z.enum(appliesToChoices, {
    error: "Choose who the agreement asks something of: you, them or both.",
  }),
  review: reviewSchedule,
  timeZone: timeZoneField,
});
export type AgreementTermsInput = z.infer<typeof agreementTermsInput>;

/** Answers name the proposal they answer, so nobody accepts terms they have not seen. */
const pendingId = idField.describe("The `pending.id` of the proposal being answered.");

export const counterAgreementInput = agreementTermsInput.extend({ pendingId });
export type CounterAgreementInput = z.infer<typeof counterAgreementInput>;

export const answerAgreementInput = z.strictObject({ pendingId, note: noteField });
export type AnswerAgreementInput = z.infer<typeof answerAgreementInput>;

/** Renewing keeps the terms; a new review schedule (and zone) may be given, else the current one continues. */
export const renewAgreementInput = z.strictObject({
  review: reviewSchedule.optional(),
  timeZone: timeZoneField.optional(),
  note: noteField,
});
export type RenewAgreementInput = z.infer<typeof renewAgreementInput>;

export const noteInput = z.strictObject({ note: noteField });
export type NoteInput = z.infer<typeof noteInput>;

export const reportBreachInput = z.strictObject({
  /** "me" is a self-report; "them" reports the other person. */
  by: z.enum(["me", "them"], { error: "Say who broke the agreement: you or them." }),
  account: requiredText("What happened", 2000),
  happenedAt: instantInput({ error: "Give when it happened as a date and time." }).optional(),
});
export type ReportBreachInput = z.infer<typeof reportBreachInput>;

export const respondToBreachInput = z.strictObject({
  response: z.enum(["agree", "dispute"], {
    error: "Say whether you agree it happened, or see it differently.",
  }),
  account: optionalText("Your account", 2000),
});
export type RespondToBreachInput = z.infer<typeof respondToBreachInput>;

export const controlCheckInput = z.strictObject({
  texts: z
    .array(z.string().max(2000, { error: "Keep each text under 2000 characters." }), {
      error: "Send the texts to check.",
    })
    .min(1, { error: "Send at least one text to check." })
    .max(6),
});
export type ControlCheckInput = z.infer<typeof controlCheckInput>;

export const boundaryInput = z.strictObject({
  statement: requiredText("The boundary", 1000),
  why: optionalText("Why it matters", 1000),
});
export type BoundaryInput = z.infer<typeof boundaryInput>;

export const acknowledgeBoundaryInput = z.strictObject({ versionId: idField });
export type AcknowledgeBoundaryInput = z.infer<typeof acknowledgeBoundaryInput>;

// ---- Views ----

const person = z.enum(people);
const at = z.iso.datetime();

export const controlWarningView = z.object({
  kind: z.enum(controlKinds),
  title: z.string(),
  explanation: z.string(),
  excerpt: z.string(),
});
export type ControlWarningView = z.infer<typeof controlWarningView>;

export const controlCheckView = z.object({
  warnings: z.array(controlWarningView),
  /** What tells a boundary from control; null when there is nothing to warn about. */
  notice: z.string().nullable(),
});
export type ControlCheckView = z.infer<typeof controlCheckView>;

export const agreementTermsView = z.object({
  versionId: z.string(),
  author: person,
  createdAt: at,
  what: z.string(),
  need: z.string(),
  consequence: z.string().nullable(),
  topic: z.enum(agreementTopics),
  /** Who the terms ask something of, from the reader's side. */
  appliesTo: z.enum(["you", "other", "both"]),
  review: reviewSchedule,
  timeZone: z.string(),
  /** The controlling check, run on every version; both people see the same warnings. */
  warnings: z.array(controlWarningView),
});
export type AgreementTermsView = z.infer<typeof agreementTermsView>;

export const displayStates = [...agreementStates, "due_for_review"] as const;

export const agreementView = z.object({
  id: z.string(),
  /** The stored state, or "due_for_review" when an active agreement's review date has come. */
  state: z.enum(displayStates),
  proposedBy: person,
  proposedAt: at,
  activeSince: at.nullable(),
  endedAt: at.nullable(),
  /** The terms in force; before the agreement is active (or if it never was), the latest proposed terms. */
  terms: agreementTermsView,
  inForce: z.boolean(),
  /** A proposal waiting for an answer: first terms, a counter, or a renewal, revision or retirement. */
  pending: z
    .object({
      id: z.string(),
      kind: z.enum(["proposal", "revision", "renewal", "retirement"]),
      by: person,
      at,
      /** The proposed terms; null for a retirement. */
      terms: agreementTermsView.nullable(),
    })
    .nullable(),
  /** Whose answer the pending proposal waits for. */
  awaiting: z.enum(["you", "other"]).nullable(),
  review: z.object({ nextReviewAt: at.nullable(), due: z.boolean() }),
  /** Shown with any warnings: what tells a boundary from control. */
  controlNotice: z.string().nullable(),
  breaches: z.object({ total: z.number(), selfReported: z.number(), awaitingYourAnswer: z.number() }),
  can: z.object({
    counter: z.boolean(),
    accept: z.boolean(),
    decline: z.boolean(),
    cancel: z.boolean(),
    renew: z.boolean(),
    revise: z.boolean(),
    retire: z.boolean(),
    withdraw: z.boolean(),
    reportBreach: z.boolean(),
  }),
});
export type AgreementView = z.infer<typeof agreementView>;

export const breachView = z.object({
  id: z.string(),
  reportedBy: person,
  breachedBy: person,
  /** Told by the person who broke it: honesty, which counts differently from being found out. */
  selfReported: z.boolean(),
  account: z.string(),
  happenedAt: at.nullable(),
  reportedAt: at,
  /** The terms in force when it was reported. */
  versionId: z.string(),
  response: z
    .object({ response: z.enum(["agreed", "disputed"]), by: person, account: z.string().nullable(), at })
    .nullable(),
  can: z.object({ respond: z.boolean() }),
});
export type BreachView = z.infer<typeof breachView>;

export const agreementHistoryEntry = z.object({
  id: z.string(),
  action: z.enum(agreementActions),
  by: person,
  at,
  /** The version this step put forward (propose, counter, revise, renew). */
  versionId: z.string().nullable(),
  note: z.string().nullable(),
  /** The stored state after this step. */
  state: z.enum(agreementStates),
  /** For an accept: what it did. */
  outcome: z.enum(["activated", "renewed", "revised", "retired"]).nullable(),
});

export const agreementDetailView = agreementView.extend({
  /** Every version ever proposed, oldest first: nothing is overwritten. */
  versions: z.array(agreementTermsView),
  history: z.array(agreementHistoryEntry),
  breachReports: z.array(breachView),
});
export type AgreementDetailView = z.infer<typeof agreementDetailView>;

export const agreementListView = z.object({
  agreements: z.array(agreementView),
  guidance: z.string(),
  withdrawalNotice: z.string(),
});
export type AgreementListView = z.infer<typeof agreementListView>;

const reviewItem = z.object({ agreementId: z.string(), what: z.string(), nextReviewAt: at });

export const agreementReviewsView = z.object({
  /** Active agreements whose review date has come. */
  due: z.array(reviewItem),
  /** Reviews coming up in the next two weeks. */
  upcoming: z.array(reviewItem),
  /** Proposals waiting for your answer. */
  awaitingYou: z.array(
    z.object({
      agreementId: z.string(),
      what: z.string(),
      kind: z.enum(["proposal", "revision", "renewal", "retirement"]),
      since: at,
    }),
  ),
});
export type AgreementReviewsView = z.infer<typeof agreementReviewsView>;

export const boundaryVersionView = z.object({
  versionId: z.string(),
  statement: z.string(),
  why: z.string().nullable(),
  createdAt: at,
  /** When the reader (the person the boundary is shared with) said they had read this version. */
  acknowledgedAt: at.nullable(),
  warnings: z.array(controlWarningView),
});
export type BoundaryVersionView = z.infer<typeof boundaryVersionView>;

export const boundaryView = z.object({
  id: z.string(),
  owner: person,
  state: z.enum(["active", "retired"]),
  createdAt: at,
  retiredAt: at.nullable(),
  current: boundaryVersionView,
  /** Every version, oldest first. */
  versions: z.array(boundaryVersionView),
  controlNotice: z.string().nullable(),
  can: z.object({ revise: z.boolean(), retire: z.boolean(), acknowledge: z.boolean() }),
});
export type BoundaryView = z.infer<typeof boundaryView>;

export const boundaryListView = z.object({ boundaries: z.array(boundaryView), guidance: z.string() });
export type BoundaryListView = z.infer<typeof boundaryListView>;
