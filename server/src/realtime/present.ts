import { isStreamedEventKind, type StreamEvent, subjectTypeOf } from "@mend/core/realtime/contract";
import type { MemberRow } from "../features/spaces/repo.ts";
import type { StreamRow } from "./repo.ts";

/**
 * This member's id for a stream position: counted from when they joined, so the first event they
 * can hear of is 1 and the numbers say nothing of what happened in the space before them.
 */
export const memberEventId = (position: number, me: MemberRow) => position - me.streamPositionAtJoin;

/** The stream position behind an id this member was given (as Last-Event-ID or `?after=`). */
export const positionOfMemberEventId = (id: number, me: MemberRow) => id + me.streamPositionAtJoin;

/**
 * The stream message for one stored event, or undefined when this member must not hear of it: a
 * private kind, something from before they joined, or something by someone no longer in the space.
 * It carries ids and kinds only; the client fetches the content through the normal endpoints.
 */
export function presentStreamEvent(
  row: StreamRow,
  me: MemberRow,
  other: MemberRow | undefined,
): StreamEvent | undefined {
  if (!isStreamedEventKind(row.kind) || row.position <= me.streamPositionAtJoin) return undefined;
  const by = row.memberId === me.id ? "you" : other && row.memberId === other.id ? "other" : undefined;
  const subjectId = row.data.subjectId;
  if (by === undefined || typeof subjectId !== "string") return undefined;
  return {
    id: String(memberEventId(row.position, me)),
    kind: row.kind,
    at: row.at.toISOString(),
    by,
    subject: { type: subjectTypeOf(row.kind), id: subjectId },
  };
}
