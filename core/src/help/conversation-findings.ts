/**
 * What the language coach notices in the texts two people shared with each other: the raw material
 * of conversation health (conversation-health.ts groups it by week and compares it to 5 to 1).
 */
import { analyzeMessage } from "../coach/index.ts";

/** A text one person wrote to the other, dated when the other could first read it. */
export interface SharedText {
  at: Date;
  text: string;
}

/** What the language coach found in one shared text: counts of helpful and harmful moments. */
export interface ConversationFinding {
  at: Date;
  helpful: number;
  harmful: number;
}

/** How many kinds of helpful and harmful wording the coach notices in one text. */
export interface FindingCounts {
  helpful: number;
  harmful: number;
}

export function findingCounts(text: string): FindingCounts {
  const { strengths, pitfalls } = analyzeMessage(text);
  return { helpful: strengths.length, harmful: pitfalls.length };
}

/**
 * One finding per text in which the coach noticed something. Each kind of helpful or harmful wording
 * counts once per text, however many times it recurs, so the coach's split highlights and one long
 * text that repeats itself do not outweigh several short ones. Texts where it noticed nothing are left
 * out: a week without findings already reads as quiet, and a space whose texts hold nothing notable
 * should say "nothing noted yet" rather than chart zeros.
 */
export function conversationFindings(
  texts: readonly SharedText[],
  countsOf: (text: string) => FindingCounts = findingCounts,
): ConversationFinding[] {
  return texts.flatMap(({ at, text }) => {
    const { helpful, harmful } = countsOf(text);
    if (helpful + harmful === 0) return [];
    return [{ at, helpful, harmful }];
  });
}
