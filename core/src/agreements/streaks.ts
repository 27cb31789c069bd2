/**
 * Streaks, counted gently. A disputed occurrence neither adds to a run nor ends it: the two people
 * see it differently, and that is for them to talk about, not for a counter to settle. The words
 * never scold; a miss is named plainly and the next occurrence is a fresh start.
 */
export type ResolvedOutcome = "kept" | "missed" | "disputed";

export interface Streak {
  /** Kept in a row up to the most recent resolved occurrence. */
  current: number;
  longest: number;
  /** One calm sentence about the two numbers, readable by either person. */
  text: string;
}

export function streak(outcomes: readonly ResolvedOutcome[]): Streak {
  let current = 0;
  let longest = 0;
  for (const outcome of outcomes) {
    if (outcome === "kept") {
      current += 1;
      longest = Math.max(longest, current);
    } else if (outcome === "missed") {
      current = 0;
    }
  }
  return { current, longest, text: streakText(current, longest, outcomes.length) };
}

function streakText(current: number, longest: number, resolved: number): string {
  if (resolved === 0)
    return "Nothing has come due yet. Small and steady is the way: one kept promise at a time.";
  if (current === 1)
    return longest > 1 ? `Kept the last one. The longest run so far is ${longest}.` : "Kept the last one.";
  if (current > 1) {
    const best = longest > current ? ` The longest run so far is ${longest}.` : "";
    return `Kept the last ${current} in a row.${best}`;
  }
  if (longest > 0) {
    const run =
      longest === 1
        ? "The one kept before it still counts"
        : `The run of ${longest} kept before still counts`;
    return `The last one was missed, which happens. ${run}, and the next one is a fresh start.`;
  }
  return "Nothing kept yet. Each time it comes due is a fresh start, and a smaller promise can be easier to begin with.";
}
