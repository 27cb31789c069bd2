import { talkFacts as foldTalkFacts, type TalkFacts } from "@mend/core/talks/facts";
import type { SpaceReads } from "../../db/space-reads.ts";
import { betweenMembers } from "../spaces/pair.ts";
import { readActiveMembers } from "../spaces/repo.ts";
import { toEntry } from "./presenters.ts";
import { readTalkEntries, readTalks } from "./repo.ts";

/** The talks of a space as the method (`talksHeld`, `talksPaused`) and the help rules (`talks`) read them. */
export async function talkFacts(reads: SpaceReads, now: Date): Promise<TalkFacts> {
  const members = await reads.read(readActiveMembers);
  const all = await reads.read(readTalks);
  const entries = await reads.read(readTalkEntries);
  // Only the talks of the two people in the space now, as only those are shown.
  return foldTalkFacts(
    all
      .filter((talk) => betweenMembers(members, talk.proposerMemberId, talk.partnerMemberId))
      .map((talk) => ({ entries: entries.filter((row) => row.talkId === talk.id).map(toEntry) })),
    now,
  );
}
