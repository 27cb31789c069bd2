import { isStreamedEventKind, type StreamEvent, subjectTypeOf } from "@mend/core/realtime/contract";
import type { MemberRow } from "../features/spaces/repo.ts";
import type { StreamRow } from "./repo.ts";

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
  if (!isStreamedEventKind(row.kind) || row.at < me.joinedAt) return undefined;
  const by = row.memberId === me.id ? "you" : other && row.memberId === other.id ? "other" : undefined;
  const subjectId = row.data.subjectId;
  if (by === undefined || typeof subjectId !== "string") return undefined;
  return {
    id: String(row.id),
    kind: row.kind,
    at: row.at.toISOString(),
    by,
    subject: { type: subjectTypeOf(row.kind), id: subjectId },
  };
}
