import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";
import { timeTogetherIdeaIds } from "./ideas.ts";
import { ladderAnswers, ladderKinds } from "./ladder.ts";
import { planActions, planStatuses } from "./time-together.ts";

const line = (max: number, what: string) =>
  z
    .string({ error: `Write your ${what} first.` })
    .trim()
    .min(1, { error: `Write your ${what} first.` })
    .max(max, { error: `Keep your ${what} under ${max} characters.` });

// ---- Appreciations ----

export const appreciationInput = z.strictObject({ text: line(500, "appreciation") });
export type AppreciationInput = z.infer<typeof appreciationInput>;

/** No read state of any kind: the sender never learns whether or when it was seen. */
export const appreciationView = z.object({
  id: z.string(),
  text: z.string(),
  createdAt: z.iso.datetime(),
});
export type AppreciationView = z.infer<typeof appreciationView>;

export const appreciationsQuery = z.object({
  /** Your offset from UTC in minutes (120 for UTC+2), so today's prompt changes at your midnight. */
  utcOffsetMinutes: z.coerce
    .number()
    .int({ error: "Give the offset from UTC in whole minutes." })
    .min(-840)
    .max(840)
    .optional(),
});
export type AppreciationsQuery = z.infer<typeof appreciationsQuery>;

export const appreciationsView = z.object({
  /** What the other person sent you, newest first. */
  received: z.array(appreciationView),
  /** What you sent, newest first. */
  sent: z.array(appreciationView),
  /** Today's gentle prompt to notice one thing. */
  prompt: z.object({ id: z.string(), text: z.string() }),
});
export type AppreciationsView = z.infer<typeof appreciationsView>;

// ---- Time together ----

const calendarDate = calendarDateInput({ error: "Give the date as YYYY-MM-DD." });

export const planInput = z
  .strictObject({
    ideaId: z.enum(timeTogetherIdeaIds, { error: "Choose an idea from the library." }).optional(),
    /** Optional with an idea (the idea's title is used); required without one. */
    title: line(120, "plan").optional(),
    plannedFor: calendarDate.nullable().optional(),
  })
  .refine((input) => input.ideaId !== undefined || input.title !== undefined, {
    error: "Choose an idea or give your plan a name.",
    path: ["title"],
  });
export type PlanInput = z.infer<typeof planInput>;

export const planChangeInput = z
  .strictObject({
    title: line(120, "plan").optional(),
    /** `null` removes the date. */
    plannedFor: calendarDate.nullable().optional(),
  })
  .refine((input) => input.title !== undefined || input.plannedFor !== undefined, {
    error: "Change the name or the date.",
    path: ["title"],
  });
export type PlanChangeInput = z.infer<typeof planChangeInput>;

export const planReflectionInput = z.strictObject({ text: line(280, "line") });
export type PlanReflectionInput = z.infer<typeof planReflectionInput>;

const reflection = z.object({ text: z.string(), at: z.iso.datetime() });

/** One entry in a plan's shared history; old versions stay visible to both. */
export const planVersionView = z.object({
  version: z.number(),
  title: z.string(),
  plannedFor: z.iso.date().nullable(),
  status: z.enum(planStatuses),
  at: z.iso.datetime(),
  byYou: z.boolean(),
});

export const planView = z.object({
  id: z.string(),
  ideaId: z.string().nullable(),
  title: z.string(),
  plannedFor: z.iso.date().nullable(),
  status: z.enum(planStatuses),
  createdAt: z.iso.datetime(),
  /** When it was marked done. */
  doneAt: z.iso.datetime().nullable(),
  history: z.array(planVersionView),
  /** Your line about how it went; `null` until you write it. */
  yourReflection: reflection.nullable(),
  /** Their line: present only once you have both written yours, absent otherwise. */
  theirReflection: reflection.optional(),
  can: z.array(z.enum(planActions)),
});
export type PlanView = z.infer<typeof planView>;

export const plansView = z.object({ plans: z.array(planView) });
export type PlansView = z.infer<typeof plansView>;

// ---- Closeness ladder ----

export const ladderAnswerInput = z.strictObject({
  /** `null` clears your answer. */
  answer: z.enum(ladderAnswers, { error: "Answer yes, maybe_later or no (or null to clear)." }).nullable(),
});
export type LadderAnswerInput = z.infer<typeof ladderAnswerInput>;

/**
 * The ladder as one member sees it: their own answers and the steps both said yes to. Built only
 * from those two things, so it reads the same whether the other person said no, maybe later, or
 * nothing at all.
 */
export const ladderView = z.object({
  kind: z.enum(ladderKinds),
  steps: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      detail: z.string(),
      yourAnswer: z.enum(ladderAnswers).nullable(),
    }),
  ),
  /** Step ids both said yes to, in ladder order. */
  together: z.array(z.string()),
});
export type LadderView = z.infer<typeof ladderView>;
