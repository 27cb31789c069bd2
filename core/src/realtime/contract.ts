import { z } from "zod";
import { partySchema } from "../spaces/party.ts";

/**
 * Live updates for a space arrive over Server-Sent Events from `GET /api/spaces/:spaceId/events/stream`.
 * An event says only that something changed and where: never its content. The client refetches the
 * thing through the normal endpoints, which apply every privacy rule.
 *
 * Only the kinds below are streamed, and only ones both members may know about: nothing private
 * (drafts, private triggers, private reflections, un-sharing) is ever streamed. Some kinds stay out
 * because even their timing would tell: a closeness ladder answer, the first of two time-together
 * lines (`time_together.reflected`; the second is `time_together.reflections_revealed`), anything
 * of forgiveness, letters or journals, check-ins (each field has its own sharing), calendar feeds.
 */
export const streamedEventKinds = [
  "statement.shared",
  "statement.responded",
  "question.sent",
  "question.answered",
  "question.time_requested",
  "question.reviewed",
  "question.set_aside",
  "question.reopened",
  "reassurance.requested",
  "reassurance.replied",
  "reassurance.rated",
  "talk.proposed",
  "talk.time_proposed",
  "talk.accepted",
  "talk.started",
  "talk.paused",
  "talk.resumed",
  "talk.ended",
  "talk.cancelled",
  "talk.point",
  "talk.reflection",
  "talk.rating",
  "talk.summary",
  "agreement.propose",
  "agreement.counter",
  "agreement.accept",
  "agreement.decline",
  "agreement.cancel",
  "agreement.renew",
  "agreement.revise",
  "agreement.retire",
  "agreement.withdraw",
  "agreement.breach_self_reported",
  "agreement.breach_reported",
  "agreement.breach_answered",
  "boundary.created",
  "boundary.revised",
  "boundary.retired",
  "boundary.acknowledged",
  "promise.made",
  "promise.ended",
  "promise.kept",
  "promise.missed",
  "promise.confirmed",
  "promise.disputed",
  "transparency.shared",
  "transparency.confirmed",
  "transparency.disputed",
  "appreciation.sent",
  "time_together.planned",
  "time_together.change",
  "time_together.mark_done",
  "time_together.set_aside",
  "time_together.reflections_revealed",
  "amend.offered",
  "amend.asked",
  "amend.countered",
  "amend.accepted",
  "amend.declined",
  "amend.withdrawn",
  "amend.done",
  "amend.confirmed",
  "amend.not_yet",
] as const;
export type StreamedEventKind = (typeof streamedEventKinds)[number];

export function isStreamedEventKind(kind: string): kind is StreamedEventKind {
  return (streamedEventKinds as readonly string[]).includes(kind);
}

export const subjectTypes = [
  "statement",
  "question",
  "reassurance",
  "talk",
  "agreement",
  "boundary",
  "promise",
  "transparency",
  "appreciation",
  "time_together",
  "amend",
] as const;
export type SubjectType = (typeof subjectTypes)[number];

/** The kind's first word names what changed: "talk.paused" is about a talk. */
export function subjectTypeOf(kind: StreamedEventKind): SubjectType {
  return kind.slice(0, kind.indexOf(".")) as SubjectType;
}

/**
 * The `data:` of each SSE message (JSON). The message's `id:` is the same `id`, so a reconnecting
 * EventSource sends it back as Last-Event-ID and gets what it missed.
 *
 * What to refetch: statement → GET /statements; question → GET /questions/:id;
 * reassurance → GET /reassurance; talk → GET /talks/:id; agreement → GET /agreements/:id;
 * boundary → GET /boundaries; promise → GET /promises/:id and /promises/occurrences;
 * transparency → GET /transparency; appreciation → GET /appreciations; time_together → GET /time-together; amend → GET /amends.
 * Agreements, promises and transparency also move GET /consistency.
 */
export const streamEvent = z.object({
  /**
   * Counts only the kinds above, from 1 after this member joined, so a gap between two ids never
   * stands for something private or from before them. Ids are per member; send back only your own.
   */
  id: z.string(),
  kind: z.enum(streamedEventKinds),
  at: z.iso.datetime(),
  by: partySchema,
  subject: z.object({ type: z.enum(subjectTypes), id: z.string() }),
});
export type StreamEvent = z.infer<typeof streamEvent>;
