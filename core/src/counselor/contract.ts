import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";
import { phaseStatuses } from "../method/progress-types.ts";
import { phaseIds } from "../method/types.ts";
import { recordKinds, recordView } from "../record/contract.ts";
import { counselorStatuses } from "./consent.ts";

/** A counselor link's secret travels in a body, never in a URL, so it cannot end up in a request log. */
export const counselorLinkInput = z.strictObject({ token: z.string().min(1).max(200) });
export type CounselorLinkInput = z.infer<typeof counselorLinkInput>;

export const createdCounselorLinkView = z.object({ token: z.string() });
export type CreatedCounselorLinkView = z.infer<typeof createdCounselorLinkView>;

export const counselorNoteInput = z.strictObject({
  text: z
    .string({ error: "Write your note first." })
    .trim()
    .min(1, { error: "Write your note first." })
    .max(4000, { error: "Keep a note under 4000 characters." }),
});
export type CounselorNoteInput = z.infer<typeof counselorNoteInput>;

export const counselorNoteView = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  /** The counselor's name, as their account gives it. */
  by: z.string(),
  text: z.string(),
});
export type CounselorNoteView = z.infer<typeof counselorNoteView>;

/**
 * What a member sees of the counselor: the same for both members, except their own yes. Whether the
 * other person has said yes is not shown, so nobody is pressed by it, and who ended access is not kept.
 */
export const counselorMemberView = z.object({
  /** "none" when no counselor has ever been invited to this space (since the reader joined). */
  status: z.enum([...counselorStatuses, "none"]),
  /** Once someone has opened the link: who is asking to read what the two of you share. */
  counselorName: z.string().nullable(),
  youSaidYes: z.boolean(),
  endedAt: z.iso.datetime().nullable(),
  /** The days the counselor looked at the space (UTC), newest first, so access is never invisible. */
  lookedOn: z.array(z.iso.date()),
  /** Notes the counselor wrote to both, newest first. */
  notes: z.array(counselorNoteView),
});
export type CounselorMemberView = z.infer<typeof counselorMemberView>;

export const journeyStageView = z.array(z.object({ phase: z.enum(phaseIds), status: z.enum(phaseStatuses) }));

/** One space on a counselor's dashboard. Names and activity appear only while access is active. */
export const counselorSpaceSummary = z.object({
  spaceId: z.string(),
  status: z.enum(["waiting_for_both", "active", "ended"]),
  names: z.array(z.string()),
  stage: journeyStageView,
  /** The newest entries of the shared record. */
  recent: recordView.shape.entries,
  /** The day the counselor last looked before today, and how many shared entries are newer than it. */
  lastSessionOn: z.iso.date().nullable(),
  sinceLastSession: z.number().int(),
  endedAt: z.iso.datetime().nullable(),
});
export type CounselorSpaceSummary = z.infer<typeof counselorSpaceSummary>;

export const counselorDashboardView = z.object({ spaces: z.array(counselorSpaceSummary) });
export type CounselorDashboardView = z.infer<typeof counselorDashboardView>;

/** One space as its counselor reads it: only what both members already see the same way. */
export const counselorSpaceView = z.object({
  spaceId: z.string(),
  names: z.array(z.string()),
  stage: journeyStageView,
  record: recordView,
  notes: z.array(counselorNoteView),
  lastSessionOn: z.iso.date().nullable(),
  sinceLastSession: z.number().int(),
});
export type CounselorSpaceView = z.infer<typeof counselorSpaceView>;

/** What a counselor's live stream says: that the shared record changed (never what), or that access ended. */
export const counselorStreamEvent = z.object({ kind: z.enum(["changed", "ended"]) });
export type CounselorStreamEvent = z.infer<typeof counselorStreamEvent>;

/** A session's preparation covers whole days (UTC), first to last; both are needed. */
export const sessionPrepQuery = z
  .strictObject({
    from: calendarDateInput({ error: "Give the first day as YYYY-MM-DD." }),
    to: calendarDateInput({ error: "Give the last day as YYYY-MM-DD." }),
  })
  .refine((range) => range.from <= range.to, {
    error: "The first day comes after the last one. Swap them.",
    path: ["to"],
  });
export type SessionPrepQuery = z.infer<typeof sessionPrepQuery>;

/**
 * What happened between two people over some days, built from the shared record only: a counselor's
 * preparation for a session, on screen and as a PDF.
 */
export const sessionPrepView = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  names: z.array(z.string()),
  stage: journeyStageView,
  /** How many entries of each kind the days hold. */
  counts: z.array(z.object({ kind: z.enum(recordKinds), count: z.number().int() })),
  entries: recordView.shape.entries,
  /** The counselor's own notes written in those days. */
  notes: z.array(counselorNoteView),
});
export type SessionPrepView = z.infer<typeof sessionPrepView>;
