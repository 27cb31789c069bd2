import type { RecordSourceDefinition } from "../record/types.ts";
import { betweenUs } from "../spaces/pair.ts";
import { presentAppreciation } from "./presenters.ts";
import { closenessRepo } from "./repo.ts";

/** Each appreciation one sent the other: a deliberate share, kept as it was sent. */
export const appreciationsRecord: RecordSourceDefinition = {
  id: "appreciations",
  async read(db, spaceId) {
    const rows = await closenessRepo(db).appreciationsInSpace(spaceId);
    return (side) =>
      rows
        .filter((row) => row.toMemberId !== null && betweenUs(side.pair, row.fromMemberId, row.toMemberId))
        .map((row) => {
          const sentByMe = row.fromMemberId === side.pair.me.id;
          const from = side.nameOf(sentByMe ? "you" : "other");
          const to = side.nameOf(sentByMe ? "other" : "you");
          const appreciation = presentAppreciation(row);
          return {
            id: `appreciation:${appreciation.id}`,
            kind: "shared",
            source: "appreciations",
            at: appreciation.createdAt,
            by: from,
            title: `${from} thanked ${to}`,
            text: appreciation.text,
          };
        });
  },
};
