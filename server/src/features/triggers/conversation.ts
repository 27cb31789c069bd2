import type { Database } from "../../db/database.ts";
import type { ExchangedText } from "../insights/conversation-source.ts";
import { triggersRepo } from "./repo.ts";

/** Requests for reassurance and the replies to them; the trigger log itself is the writer's own record. */
export async function reassuranceTexts(db: Database, spaceId: string): Promise<ExchangedText[]> {
  const repo = triggersRepo(db);
  const requests = await repo.requestsInSpace(spaceId);
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
  const replies = (await repo.repliesInSpace(spaceId)).flatMap((reply) => {
    const request = byId.get(reply.requestId);
    if (!request) return [];
    const to =
      reply.memberId === request.requesterMemberId ? request.recipientMemberId : request.requesterMemberId;
    return [{ at: reply.at, text: reply.text, from: reply.memberId, to }];
  });
  return [...asked, ...replies];
}
