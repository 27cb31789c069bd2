import type { Database } from "../../db/database.ts";
import type { ExchangedText } from "../insights/conversation-source.ts";
import { talksRepo } from "./repo.ts";

/** Entries that carry words said to the other person; each one's private reflection afterwards is not one. */
const spokenKinds: ReadonlySet<string> = new Set(["point", "reflection", "summary"]);

/** What was said in talks: each speaker's points, the listener's reflections back, and summaries. */
export async function talkTexts(db: Database, spaceId: string): Promise<ExchangedText[]> {
  const repo = talksRepo(db);
  const talks = new Map((await repo.talksInSpace(spaceId)).map((talk) => [talk.id, talk]));
  return (await repo.entriesInSpace(spaceId)).flatMap((entry) => {
    const talk = talks.get(entry.talkId);
    if (!talk || !spokenKinds.has(entry.kind) || !entry.text) return [];
    const to = entry.memberId === talk.proposerMemberId ? talk.partnerMemberId : talk.proposerMemberId;
    return [{ at: entry.at, text: entry.text, from: entry.memberId, to }];
  });
}
