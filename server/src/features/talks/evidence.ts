import { talkFacts as foldTalkFacts, type TalkFacts } from "@mend/core/talks/facts";
import type { Database } from "../../db/database.ts";
import { toEntry } from "./presenters.ts";
import { talksRepo } from "./repo.ts";

/** The talks of a space as the method (`talksHeld`, `talksPaused`) and the help rules (`talks`) read them. */
export async function talkFacts(db: Database, spaceId: string, now: Date): Promise<TalkFacts> {
  const repo = talksRepo(db);
  const all = await repo.talksInSpace(spaceId);
  const entries = await repo.entriesInSpace(spaceId);
  return foldTalkFacts(
    all.map((talk) => ({ entries: entries.filter((row) => row.talkId === talk.id).map(toEntry) })),
    now,
  );
}
