import { type Candidate, mergeSameLabel } from "./engine.ts";
import { type CoachLabel, labelInfo } from "./labels.ts";
import type { PreparedText } from "./text.ts";

/**
 * Other words for part of the draft, offered for the person to take or leave: replacing
 * `input.slice(start, end)` with `text`. The stretch may be wider than the finding (its sentence).
 */
export interface CoachRewrite {
  start: number;
  end: number;
  text: string;
}

/** One highlighted stretch of the draft. `input.slice(start, end) === text` always holds. */
export interface CoachFinding<L extends CoachLabel = CoachLabel> {
  label: L;
  start: number;
  end: number;
  text: string;
  /** One plain sentence on why this wording helps or gets in the way. */
  why: string;
  /** A better way to say it, or how to make a good line stronger. */
  suggestion: string;
  /** A concrete rewrite, only where the rules can offer one that keeps the writer's meaning. */
  rewrite?: CoachRewrite;
}

/** Trims spaces and trailing commas or colons from a highlight so it shows the words themselves. */
function tidy(raw: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:]/.test(raw.charAt(s))) s++;
  while (e > s && /[\s,;:]/.test(raw.charAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : { start, end };
}

export function toFindings<L extends CoachLabel>(
  text: PreparedText,
  cands: readonly Candidate<L>[],
  order: readonly L[],
): CoachFinding<L>[] {
  const rank = (label: L): number => order.indexOf(label);
  return mergeSameLabel([...cands])
    .map((c) => {
      const span = tidy(text.raw, c.start, c.end);
      const info = labelInfo[c.label];
      return {
        label: c.label,
        start: span.start,
        end: span.end,
        text: text.raw.slice(span.start, span.end),
        why: c.rule.why ?? info.why,
        suggestion: c.rule.suggestion ?? info.suggestion,
      };
    })
    .sort((a, b) => a.start - b.start || rank(a.label) - rank(b.label) || a.end - b.end);
}

/** Every distinct label, in the fixed order of the label list so output is stable. */
export function distinctLabels<L extends CoachLabel>(
  findings: readonly CoachFinding<L>[],
  order: readonly L[],
): L[] {
  const present = new Set(findings.map((f) => f.label));
  return order.filter((label) => present.has(label));
}
