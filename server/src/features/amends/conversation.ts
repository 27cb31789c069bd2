import type { SpaceReads } from "../../db/space-reads.ts";
import type { ExchangedText } from "../insights/conversation-source.ts";
import { readAmendSteps, readAmends } from "./repo.ts";

/** What one person wrote to the other about amends: each proposal, and the notes on answers and confirmations. */
export async function amendTexts(reads: SpaceReads): Promise<ExchangedText[]> {
  const amends = await reads.read(readAmends);
  const byId = new Map(amends.map((amend) => [amend.id, amend]));
  const otherOf = (amend: (typeof amends)[number], memberId: string) =>
    memberId === amend.makerMemberId ? amend.receiverMemberId : amend.makerMemberId;
  const proposals = amends.map((amend) => ({
    at: amend.createdAt,
    text: amend.what,
    from: amend.proposerMemberId,
    to: otherOf(amend, amend.proposerMemberId),
  }));
  const notes = (await reads.read(readAmendSteps)).flatMap((step) => {
    const amend = byId.get(step.amendId);
    if (!amend || !step.note) return [];
    return [{ at: step.at, text: step.note, from: step.memberId, to: otherOf(amend, step.memberId) }];
  });
  return [...proposals, ...notes];
}
