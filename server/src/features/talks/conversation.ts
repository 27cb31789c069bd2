import type { SpaceReads } from "../../db/space-reads.ts";
import type { ExchangedText } from "../insights/conversation-source.ts";
import { readTalkEntries, readTalks } from "./repo.ts";

/** Entries that carry words said to the other person; each one's private reflection afterwards is not one. */
const spokenKinds: ReadonlySet<string> = new Set(["point", "reflection", "summary"]);

/** What was said in talks: each speaker's points, the listener's reflections back, and summaries. */
export async function talkTexts(reads: SpaceReads): Promise<ExchangedText[]> {
  const talks = new Map((await reads.read(readTalks)).map((talk) => [talk.id, talk]));
  return (await reads.read(readTalkEntries)).flatMap((entry) => {
    const talk = talks.get(entry.talkId);
    if (!talk || !spokenKinds.has(entry.kind) || !entry.text) return [];
    const to = entry.memberId === talk.proposerMemberId ? talk.partnerMemberId : talk.proposerMemberId;
    return [{ at: entry.at, text: entry.text, from: entry.memberId, to }];
  });
}
