import { z } from "zod";
import { instantInput } from "../date-input.ts";
import { partySchema } from "../spaces/party.ts";
import { envelopeSchema } from "../vault/wire.ts";
import {
  detailLevels,
  maxAnswerLength,
  maxFollowUpLength,
  maxNeedTimeNoteLength,
  maxQuestionLength,
  questionTopics,
} from "./guidance.ts";
import { questionStatuses } from "./thread.ts";

const questionText = z
  .string({ error: "Write your question." })
  .trim()
  .min(1, { error: "Write your question." })
  .max(maxQuestionLength, { error: `Keep the question under ${maxQuestionLength} characters.` });

const questionFields = {
  text: questionText,
  detail: z.enum(detailLevels, { error: "Choose how much detail you want: the facts, or more detail." }),
  topic: z.enum(questionTopics, { error: "Choose a topic from the list, or leave it out." }).optional(),
};

/** What a private draft question holds once its writer's browser opens it; checked there before sealing. */
export const questionDraftContent = z.strictObject(questionFields);
export type QuestionDraftContent = z.infer<typeof questionDraftContent>;

/**
 * A private draft question, sealed in its writer's browser (vault kind "draft", under `id`, which the
 * browser makes before sealing): its content as JSON. Only its writer ever sees it.
 */
export const questionDraftInput = z.strictObject({
  id: z.uuid({ error: "A draft's id is a UUID." }),
  sealed: envelopeSchema,
});
export type QuestionDraftInput = z.infer<typeof questionDraftInput>;

/** A changed draft question, sealed again under the same id. */
export const questionDraftChange = z.strictObject({ sealed: envelopeSchema });
export type QuestionDraftChange = z.infer<typeof questionDraftChange>;

/**
 * Sends a question to the other person. What is sent is exactly the body; `draftId` names the draft
 * it came from, which is then removed.
 */
export const askQuestionInput = z.strictObject({
  ...questionFields,
  draftId: z.string({ error: "The draft id must be text." }).optional(),
});
export type AskQuestionInput = z.infer<typeof askQuestionInput>;

export const answerInput = z.strictObject({
  text: z
    .string({ error: "Write your answer." })
    .trim()
    .min(1, { error: "Write your answer." })
    .max(maxAnswerLength, { error: `Keep the answer under ${maxAnswerLength} characters.` }),
  /** To change an answer: the id of its current version. The earlier version stays visible to both. */
  replaces: z.string({ error: "Say which answer this replaces." }).optional(),
});
export type AnswerInput = z.infer<typeof answerInput>;

export const needTimeInput = z.strictObject({
  answerBy: instantInput({ error: "Give the date and time you will answer by." }),
  note: z
    .string({ error: "The note must be text." })
    .trim()
    .max(maxNeedTimeNoteLength, { error: `Keep the note under ${maxNeedTimeNoteLength} characters.` })
    .optional(),
});
export type NeedTimeInput = z.infer<typeof needTimeInput>;

export const reviewVerdicts = ["answered", "need_more", "not_ready"] as const;
export type ReviewVerdict = (typeof reviewVerdicts)[number];

export const reviewInput = z
  .strictObject({
    verdict: z.enum(reviewVerdicts, { error: "Choose whether this answered your question." }),
    followUp: z
      .string({ error: "The follow-up must be text." })
      .trim()
      .max(maxFollowUpLength, { error: `Keep the follow-up under ${maxFollowUpLength} characters.` })
      .optional(),
  })
  .refine((input) => input.verdict !== "need_more" || (input.followUp ?? "").length > 0, {
    error: "Say what more you need to know, so they can answer it.",
    path: ["followUp"],
  })
  .refine((input) => input.verdict === "need_more" || input.followUp === undefined, {
    error: 'A follow-up goes with "I need more" only.',
    path: ["followUp"],
  });
export type ReviewInput = z.infer<typeof reviewInput>;

/**
 * A draft question as the server keeps it: sealed, or, for a draft kept before drafts were sealed,
 * its words as they were stored (`sealed` null), until its writer's browser seals it.
 */
export const questionDraftView = z.object({
  id: z.string(),
  sealed: envelopeSchema.nullable(),
  text: z.string().nullable(),
  detail: z.enum(detailLevels).nullable(),
  topic: z.enum(questionTopics).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type QuestionDraftView = z.infer<typeof questionDraftView>;

const stepBase = { id: z.string(), by: partySchema, at: z.iso.datetime() };

/** One thing that happened to a question, in order. Both people see the whole thread. */
export const questionStepView = z.discriminatedUnion("kind", [
  z.object({ ...stepBase, kind: z.literal("answer"), text: z.string(), replaces: z.string().nullable() }),
  z.object({
    ...stepBase,
    kind: z.literal("need_time"),
    answerBy: z.iso.datetime(),
    note: z.string().nullable(),
  }),
  z.object({ ...stepBase, kind: z.literal("need_more"), followUp: z.string() }),
  z.object({ ...stepBase, kind: z.enum(["answered", "not_ready", "set_aside", "reopened"]) }),
]);
export type QuestionStepView = z.infer<typeof questionStepView>;

export const questionView = z.object({
  id: z.string(),
  text: z.string(),
  detail: z.enum(detailLevels),
  topic: z.enum(questionTopics).nullable(),
  askedBy: partySchema,
  sentAt: z.iso.datetime(),
  status: z.enum(questionStatuses),
  /** While an answer is awaited after "I need time": the promised date. */
  answerBy: z.iso.datetime().nullable(),
  overdue: z.boolean(),
  /** Who set it aside, while it is set aside. */
  setAsideBy: partySchema.nullable(),
  /** The newest version of the most recent answer; earlier versions are in `thread`. */
  currentAnswer: z.object({ id: z.string(), text: z.string(), at: z.iso.datetime() }).nullable(),
  thread: z.array(questionStepView),
  can: z.object({
    answer: z.boolean(),
    editAnswer: z.boolean(),
    needTime: z.boolean(),
    review: z.boolean(),
    setAside: z.boolean(),
    reopen: z.boolean(),
  }),
});
export type QuestionView = z.infer<typeof questionView>;

export const questionsView = z.object({
  /** Your private drafts, newest first. The other person never sees these. */
  drafts: z.array(questionDraftView),
  /** Sent questions both of you can see, newest first. */
  questions: z.array(questionView),
});
export type QuestionsView = z.infer<typeof questionsView>;

/** For the space's home page: questions still waiting on someone. */
export const openQuestionsView = z.object({
  open: z.int(),
  overdue: z.int(),
  /** How many are waiting on you (to answer, or to say whether it was answered). */
  yourTurn: z.int(),
  questions: z.array(
    questionView
      .pick({
        id: true,
        text: true,
        askedBy: true,
        sentAt: true,
        status: true,
        answerBy: true,
        overdue: true,
      })
      .extend({
        yourTurn: z.boolean(),
      }),
  ),
});
export type OpenQuestionsView = z.infer<typeof openQuestionsView>;
