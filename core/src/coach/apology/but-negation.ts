import { type Candidate, type Rule, rule } from "../engine.ts";
import type { ApologyLabel } from "../labels.ts";
import { negatedBefore, type PreparedText, type Span } from "../text.ts";

/**
 * Words that open an apology or an admission, after which a "but" takes something back. Knowing how
 * the other person feels ("I know you're upset, but…") admits nothing, so it anchors nothing.
 */
const anchor =
  /\b(?:sorry|apologi[sz]e|apologies|i regret|my fault|on me|i was wrong|i messed up|i screwed up|i know(?! (?:that )?(?:you|u|ur|your|it looks))|i admit|i get (?:it|that|why)(?! (?:you|u|ur))|i understand(?! (?:that |why )?(?:you|u|ur|your))|i hurt you|i shouldn't have|i take (?:full )?responsibility|i made a mistake|i lied|i cheated|i own)\b/g;

const turn =
  /\b(?:but|however|although|except (?:that )?|that said|having said that|that being said|even so|then again|still,|nevertheless|nonetheless|at the same time|only,)|,\s*though\b/g;

/**
 * What may follow "but" without undoing the apology: more ownership, a promise, or a plain statement
 * that nothing excuses it ("I'm sorry, but that's no excuse").
 */
const ownsMore = new RegExp(
  [
    "^\\s*,?\\s*(?:",
    "(?:that|it|this|there)(?:'s|s| is| was| does|'s not| doesn't| does not| isn't| is not| won't| will not| can't| cannot| will never| never) (?:no|not|never|an excuse|excuse|justify|make it|change|undo|erase|enough|nothing)",
    // "…, and that's ugly but it's true": the "but" vouches for the admission.
    "|(?:it's|its|it is) (?:true|the truth|the real (?:one|reason))",
    // "But some day, when you can, could you forgive me?" asks rather than takes back.
    "|(?:some ?day|one day|when you(?:'re| are)? ready|if you ever)\\b[^.!?]{0,40}?\\bforgive",
    "|(?:i|i'm|i am|i'll|i will|i've|i have|i'd|i would) (?:\\w+ )?(?:know (?:that )?(?:it|this|that|sorry|words|an apology|there|nothing|i)|understand (?:that )?(?:it|this|that|sorry|words|an apology|there|nothing|i)|realize|realise|want to (?:make|fix|earn|change|show|be|do|rebuild|repair|prove)|will|'ll|promise|hope|am going|'m going|intend|plan|am committed|'m committed|am determined|'m determined|love|care|swear|commit|also|won't|will never|am ready|'m ready|am working|'m working|started|have started|'ve started|take|own|accept|refuse to make|won't make|am not making|'m not making|going to|gonna|not going to make|am not going to make|'m not going to make|not going to hide|won't hide|mean it|meant it|can't undo|cannot undo|can't take|cannot take)",
    "|more (?:than|importantly)|most importantly|(?:being |saying )?sorry (?:isn't|is not|doesn't)|words (?:aren't|are not|won't|can't)|no (?:excuse|amount)|nothing (?:excuses|justifies|i say|can)|what matters|please|you (?:deserve|have every right|didn't deserve|don't deserve|did nothing|are right|'re right|were right|had every right)|now i|from now|going forward|i'm here|i am here|not (?:because|an excuse)|that's on me|it's on me)",
  ].join(""),
);

const leadsBack =
  /^\s*(?:but|however|although|still|that said|having said that|that being said|nevertheless|nonetheless|at the same time|only,)/;

const pitfalls = new Set<ApologyLabel>([
  "excuse",
  "minimizing",
  "blame_shift",
  "invalidation",
  "pressure",
  "deflection",
]);

/** The one rule object but-negation findings point to, so they carry the default wording. */
export const butNegationRule: Rule<ApologyLabel> = rule("but_negation", "but");

const owning = new Set<ApologyLabel>(["regret", "responsibility"]);

function anchorsIn(text: PreparedText, span: Span, found: readonly Candidate<ApologyLabel>[]): boolean {
  if (found.some((c) => owning.has(c.label) && c.start >= span.start && c.end <= span.end)) return true;
  const part = text.norm.slice(span.start, span.end);
  for (const m of part.matchAll(anchor)) {
    if (!negatedBefore(text, span.start + m.index)) return true;
  }
  return false;
}

/**
 * Finds a "but" (or "however") that follows an apology or admission, either in the same sentence
 * or opening the next one, unless what follows only adds ownership.
 */
export function findButNegations(
  text: PreparedText,
  found: readonly Candidate<ApologyLabel>[],
): Candidate<ApologyLabel>[] {
  const out: Candidate<ApologyLabel>[] = [];
  const { norm, sentences } = text;
  sentences.forEach((sentence, index) => {
    const body = norm.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(turn)) {
      const at = sentence.start + m.index;
      const before: Span = { start: sentence.start, end: at };
      const opensSentence = leadsBack.test(body) && m.index === body.search(/\S/);
      const previous = index > 0 ? sentences[index - 1] : undefined;
      const anchored =
        anchorsIn(text, before, found) ||
        (opensSentence && previous !== undefined && anchorsIn(text, previous, found));
      if (!anchored) continue;
      const end = at + m[0].trimEnd().replace(/,$/, "").length;
      const rest = norm.slice(end, sentence.end);
      const restSpan: Span = { start: end, end: sentence.end };
      const pitfallAfter = found.some(
        (c) => pitfalls.has(c.label) && c.start >= restSpan.start && c.start < restSpan.end,
      );
      if (!pitfallAfter && ownsMore.test(rest)) continue;
      if (rest.trim().length < 3) continue;
      out.push({ start: at, end, label: "but_negation", rule: butNegationRule });
    }
  });
  return out;
}
