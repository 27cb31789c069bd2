import type { SpaceReads } from "../../db/space-reads.ts";
import type { ExchangedText } from "../insights/conversation-source.ts";
import { readReassuranceReplies, readReassuranceRequests } from "./repo.ts";

/** Requests for reassurance and the replies to them; the trigger log itself is the writer's own record. */
export async function reassuranceTexts(reads: SpaceReads): Promise<ExchangedText[]> {
  const requests = await reads.read(readReassuranceRequests);
  const byId = new Map(requests.map((request) => [request.id, request]));
  const asked = requests.flatMap((request) =>
    request.message
      ? [
          {
            at: request.createdAt,
            text: request.message,
            from: request.requesterMemberId,
            to: request.recipientMemberId,
          },
        ]
      : [],
  );
  const replies = (await reads.read(readReassuranceReplies)).flatMap((reply) => {
    const request = byId.get(reply.requestId);
    if (!request) return [];
    const to =
      reply.memberId === request.requesterMemberId ? request.recipientMemberId : request.requesterMemberId;
    return [{ at: reply.at, text: reply.text, from: reply.memberId, to }];
  });
  return [...asked, ...replies];
}
