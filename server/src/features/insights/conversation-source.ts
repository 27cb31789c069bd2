/**
 * Conversation health: the language coach reads what the two people wrote to each other in Mend
 * (talks, questions and answers, statements, reassurance, appreciations) and counts the helpful and
 * harmful moments in it. Each feature gathers its own texts; drafts, private reflections, check-in
 * notes, the trigger log and the unsent letter are never among them.
 */
import {
  conversationFindings,
  type FindingCounts,
  findingCounts,
  type SharedText,
} from "@mend/core/help/conversation-findings";
import { LRUCache } from "lru-cache";
import type { SpaceReads } from "../../db/space-reads.ts";
import { statementTexts } from "../acknowledgment/conversation.ts";
import { amendTexts } from "../amends/conversation.ts";
import { appreciationTexts } from "../closeness/conversation.ts";
import { questionTexts } from "../questions/conversation.ts";
import { type MemberRow, readActiveMembers } from "../spaces/repo.ts";
import { talkTexts } from "../talks/conversation.ts";
import { reassuranceTexts } from "../triggers/conversation.ts";
import { dayMs, maxRangeDays } from "./calendar.ts";
import type { EvidenceSource } from "./evidence-sources.ts";

/** A text one member wrote to the other (membership ids). `to` is absent when the record names no reader. */
export interface ExchangedText extends SharedText {
  from: string;
  to?: string;
}

const gatherers: readonly ((reads: SpaceReads) => Promise<ExchangedText[]>)[] = [
  talkTexts,
  questionTexts,
  statementTexts,
  reassuranceTexts,
  appreciationTexts,
  amendTexts,
];

/**
 * Both people in the space now can read it: one of them wrote it to the other, after the other had
 * joined. What passed between someone who has left and whoever remains is not counted, as it is not
 * shown (see `betweenUs` and `reaches` in spaces/pair.ts).
 */
function readByBoth(text: ExchangedText, members: readonly MemberRow[]): boolean {
  const reader = members.find((member) => member.id !== text.from);
  return (
    members.some((member) => member.id === text.from) &&
    reader !== undefined &&
    (text.to === undefined || text.to === reader.id) &&
    text.at >= reader.joinedAt
  );
}

/** The longest chart and the start of the week it begins in: older texts can never show. */
const lookBackDays = maxRangeDays + 7;

/**
 * Shared texts never change once written and the coach is deterministic, so what it found in a text
 * is remembered rather than re-read on every page load (a year of texts was a fifth of the page's
 * time). Bounded by the characters it holds; a new version of Mend starts with an empty memory, so a
 * changed coach never serves old findings.
 */
const rememberedCounts = new LRUCache<string, FindingCounts>({
  maxSize: 5_000_000,
  sizeCalculation: (_counts, text) => text.length + 1,
});

function countsOf(text: string): FindingCounts {
  let counts = rememberedCounts.get(text);
  if (counts === undefined) {
    counts = findingCounts(text);
    rememberedCounts.set(text, counts);
  }
  return counts;
}

export const conversationSource: EvidenceSource = async (reads, now) => {
  const members = await reads.read(readActiveMembers);
  const since = now.getTime() - lookBackDays * dayMs;
  const texts: ExchangedText[] = [];
  // One after another, like the sources themselves: PGlite runs one query at a time anyway.
  for (const gather of gatherers) texts.push(...(await gather(reads)));
  // The coach takes about a millisecond for a few hundred characters, so it reads only what can show.
  const shown = texts.filter((text) => text.at.getTime() > since && readByBoth(text, members));
  return { facts: { conversation: conversationFindings(shown, countsOf) } };
};
