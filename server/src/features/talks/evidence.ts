import { talkFacts as foldTalkFacts, type TalkFacts } from "@mend/core/talks/facts";
import type { SpaceReads } from "../../db/space-reads.ts";
import { toEntry } from "./presenters.ts";
import { readTalkEntries, readTalks } from "./repo.ts";

/** The talks of a space as the method (`talksHeld`, `talksPaused`) and the help rules (`talks`) read them. */
export async function talkFacts(reads: SpaceReads, now: Date): Promise<TalkFacts> {
  const all = await reads.read(readTalks);
  const entries = await reads.read(readTalkEntries);
  return foldTalkFacts(
    all.map((talk) => ({ entries: entries.filter((row) => row.talkId === talk.id).map(toEntry) })),
    now,
  );
}
