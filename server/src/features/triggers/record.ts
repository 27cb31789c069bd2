import type { RecordEntry } from "@mend/core/record/contract";
import { reassuranceAskLabels } from "@mend/core/triggers/fields";
import type { RecordSourceDefinition } from "../record/types.ts";
import { joinedParts } from "../record/types.ts";
import { betweenUs } from "../spaces/pair.ts";
import { presentRequest } from "./presenters.ts";
import { triggersRepo } from "./repo.ts";

/**
 * Requests for reassurance and the replies to them. The trigger log, and which trigger a request
 * came from, stay the requester's own; whether a reply helped is the requester's word to the other,
 * so it is kept as an answer too.
 */
export const reassuranceRecord: RecordSourceDefinition = {
  id: "reassurance",
  async read(db, spaceId) {
    const repo = triggersRepo(db);
    const requests = await repo.requestsInSpace(spaceId);
    const rows = {
      replies: await repo.repliesInSpace(spaceId),
      outcomes: await repo.outcomesInSpace(spaceId),
    };
    return (side) =>
      requests
        .filter((row) => betweenUs(side.pair, row.requesterMemberId, row.recipientMemberId))
        .map((row) => presentRequest(side.pair, row, rows))
        .flatMap((request) => {
          const asker = side.nameOf(request.from);
          const asked: RecordEntry = {
            id: `reassurance:${request.id}`,
            kind: "asked",
            source: "reassurance",
            at: request.createdAt,
            by: asker,
            title: `${asker} asked for reassurance`,
            text: joinedParts([
              request.ask ? `Could you ${reassuranceAskLabels[request.ask]}` : null,
              request.message,
            ]),
          };
          const replies = request.replies.map(
            (reply): RecordEntry => ({
              id: `reassurance-reply:${reply.id}`,
              kind: "answered",
              source: "reassurance",
              at: reply.at,
              by: side.nameOf(reply.by),
              title: `${side.nameOf(reply.by)} replied to ${asker}`,
              text: reply.text,
            }),
          );
          const outcome: RecordEntry[] = request.outcome
            ? [
                {
                  id: `reassurance-outcome:${request.id}`,
                  kind: "answered",
                  source: "reassurance",
                  at: request.outcome.at,
                  by: asker,
                  title: request.outcome.helped
                    ? `${asker} said the reply helped`
                    : `${asker} said it didn't help this time`,
                  text: null,
                },
              ]
            : [];
          return [asked, ...replies, ...outcome];
        });
  },
};
