import type { SpaceReads } from "../../db/space-reads.ts";
import type { ExchangedText } from "../insights/conversation-source.ts";
import { closenessRepo } from "./repo.ts";

/** Appreciations: short notes sent to the other person. One whose reader deleted their account has none. */
export async function appreciationTexts({ db, spaceId }: SpaceReads): Promise<ExchangedText[]> {
  return (await closenessRepo(db).appreciationsInSpace(spaceId)).flatMap((note) =>
    note.toMemberId
      ? [{ at: note.createdAt, text: note.text, from: note.fromMemberId, to: note.toMemberId }]
      : [],
  );
}
