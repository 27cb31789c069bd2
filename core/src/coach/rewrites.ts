import type { CoachFinding, CoachRewrite } from "./findings.ts";
import { type ApologyLabel, type CoachLabel, labelInfo, type MessageLabel } from "./labels.ts";
import { type PreparedText, prepare, type Span, sentenceOf } from "./text.ts";

/**
 * Concrete rewrites of a flagged clause, offered only where a fixed transformation keeps the
 * writer's meaning: dropping the "but …" that takes an apology back, taking the "if" out of "sorry
 * if I …", dropping the "just" that shrinks what happened, and turning "you always/never …" into a
 * sentence about one time and how it felt. Anything less certain gets no rewrite; the label's
 * general advice still stands. A rewrite is only ever offered: nothing here changes the draft.
 */

const helpfulApologyParts = new Set<ApologyLabel>([
  "regret",
  "responsibility",
  "repentance",
  "repair",
  "forgiveness_request",
  "explanation",
]);

/** Pitfalls that sit in a "but …" tail and go with it. */
const tailPitfalls = new Set<ApologyLabel>([
  "but_negation",
  "excuse",
  "minimizing",
  "blame_shift",
  "invalidation",
  "deflection",
]);

const within = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

const apologizesAgain = /\b(?:sorry|apologi[sz]e|apologies|forgive|regret|my fault|on me)\b/;

/** The sentence's closing punctuation, or none when the writer used none. */
function closingOf(raw: string, sentence: Span): string {
  const last = raw.charAt(sentence.end - 1);
  return last === "." || last === "!" ? last : last === "?" ? "." : "";
}

/**
 * "I'm sorry I lied, but you were snooping." becomes "I'm sorry I lied." The tail goes only when
 * it holds nothing that helps (no promise, no ownership), and the apology before it stays word for
 * word. When the "but" opens its own sentence after the apology, that whole sentence goes.
 */
function dropButTail(
  text: PreparedText,
  but: CoachFinding<ApologyLabel>,
  findings: readonly CoachFinding<ApologyLabel>[],
): CoachRewrite | undefined {
  const sentence = sentenceOf(text, but.start);
  const opensSentence = text.norm.slice(sentence.start, but.start).trim() === "";
  const tail: Span = opensSentence ? sentence : { start: but.start, end: sentence.end };
  if (findings.some((f) => helpfulApologyParts.has(f.label) && f.end > tail.start && f.start < tail.end)) {
    return undefined;
  }
  // A run-on line may start a new apology after the "but"; that is the writer's to keep.
  if (apologizesAgain.test(text.norm.slice(tail.start, tail.end))) return undefined;
  if (opensSentence) {
    // Take the space before it too, so no double space is left behind.
    let start = sentence.start;
    while (start > 0 && /[ \t]/.test(text.raw.charAt(start - 1))) start--;
    return start === 0 ? undefined : { start, end: sentence.end, text: "" };
  }
  let start = but.start;
  while (start > sentence.start && /[\s,;:-]/.test(text.raw.charAt(start - 1))) start--;
  if (start === sentence.start) return undefined;
  return { start, end: sentence.end, text: closingOf(text.raw, sentence) };
}

/** "I'm sorry if I hurt you" becomes "I'm sorry I hurt you"; "sorry if I did anything wrong" is left alone. */
const conditionalOnOwnAct = /\b(?:sorry|apologies) (if) (?=(?:i|i'm|i've|my|what i|the way i)\b)/dg;
const vague = /\b(?:anything|something|any way|in any way|at all|whatever|somehow|might|may|possibly)\b/;

function dropIf(text: PreparedText, finding: CoachFinding<ApologyLabel>): CoachRewrite | undefined {
  const sentence = sentenceOf(text, finding.start);
  const body = text.norm.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(conditionalOnOwnAct)) {
    const ifAt = sentence.start + (m.indices?.[1]?.[0] ?? -1);
    if (ifAt < finding.start - 20 || ifAt > finding.end) continue;
    // The clause must end plainly within a few words; a run-on line may have turned to something else.
    const clauseEnd = text.norm.slice(ifAt).search(/[,;.!?\n]|\bbut\b|$/);
    const clause = text.norm.slice(ifAt, ifAt + clauseEnd);
    const runsOn = /^if \S+ .*\b(?:i|we|she|he|they|it|that|this|you're|nothing)\b/.test(clause);
    if (vague.test(clause) || runsOn || clause.trim().split(/\s+/).length > 7) return undefined;
    return { start: ifAt, end: ifAt + 3, text: "" };
  }
  return undefined;
}

/** "It was just a kiss" becomes "It was a kiss": the act at its real size, in the writer's words. */
const shrinkingWord =
  /^(?:(?:it|that|this|she|he|they|those|these)\b.*?|(?:we|i) )\b(just|only|merely|simply) /;

function dropShrinkingWord(
  text: PreparedText,
  finding: CoachFinding<ApologyLabel>,
): CoachRewrite | undefined {
  const norm = text.norm.slice(finding.start, finding.end);
  const m = new RegExp(shrinkingWord.source, "d").exec(norm);
  const word = m?.indices?.[1];
  if (!word) return undefined;
  const start = finding.start + word[0];
  return { start, end: finding.start + word[1] + 1, text: "" };
}

// ---- "You always …" / "You never …" --------------------------------------------------------------

const irregularPast: Record<string, string> = {
  be: "were",
  bring: "brought",
  buy: "bought",
  choose: "chose",
  come: "came",
  do: "did",
  drink: "drank",
  eat: "ate",
  feel: "felt",
  find: "found",
  forget: "forgot",
  get: "got",
  give: "gave",
  go: "went",
  have: "had",
  hang: "hung",
  hide: "hid",
  hold: "held",
  keep: "kept",
  leave: "left",
  let: "let",
  make: "made",
  pay: "paid",
  put: "put",
  read: "read",
  run: "ran",
  say: "said",
  see: "saw",
  send: "sent",
  shut: "shut",
  sleep: "slept",
  speak: "spoke",
  spend: "spent",
  take: "took",
  tell: "told",
  think: "thought",
  throw: "threw",
  wake: "woke",
  walk: "walked",
  win: "won",
  write: "wrote",
};

/** Common verbs of complaint whose past is regular ("-ed", "-d" or "-ied"). */
const regularVerbs = new Set(
  (
    "act answer apologize apologise argue ask assume attack blame call cancel care change check " +
    "cheat complain criticize criticise cry dismiss disappear end expect help ignore interrupt joke " +
    "laugh listen look mention miss mock need notice offer open pick play point pull push remember " +
    "reply respond roll scroll share shout show side start stay talk text thank touch treat try " +
    "turn twist use visit want wait warn watch work worry yell"
  ).split(" "),
);

function pastOf(verb: string): string | undefined {
  const irregular = irregularPast[verb];
  if (irregular !== undefined) return irregular;
  if (!regularVerbs.has(verb)) return undefined;
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

const baseOfPast = new Map<string, string>();
for (const [base, past] of Object.entries(irregularPast)) baseOfPast.set(past, base);
for (const base of regularVerbs) {
  const past = pastOf(base);
  if (past) baseOfPast.set(past, base);
}

/** A sentence that is one complaint: "you always/never <verb> <rest>", with nothing else in it. */
const oneComplaint =
  /^(?:(?:and|but|honestly|seriously|like|because|cause|plus|ugh|god)[,!]? )?(?:you|u)(?:(?: are|'re|re| r) (always|allways|alwys|constantly) | (always|allways|alwys|constantly) | (never|nevr|nvr|neva) (?:even )?)([a-z]+)\b([^.!?]*?)[\s.!?]*$/d;

/**
 * "You never listen to me." becomes "When you didn't listen to me, I felt hurt." and "You're always
 * on your phone" becomes "When you were on your phone, I felt hurt.": one time, and the writer's own
 * feeling, instead of a verdict. Only a sentence that is a single such complaint is rewritten, and
 * only with a verb whose past form is known, so the result is always grammatical.
 */
function specificTime(text: PreparedText, finding: CoachFinding<MessageLabel>): CoachRewrite | undefined {
  const sentence = sentenceOf(text, finding.start);
  const norm = text.norm.slice(sentence.start, sentence.end);
  const m = oneComplaint.exec(norm);
  const restAt = m?.indices?.[5];
  if (!m || !restAt) return undefined;
  const [whole, areAlways, always, never, verb = "", restNorm = ""] = m;
  // A second complaint or clause in the same sentence would be lost or garbled, and so would a
  // run-on line that carries on into other thoughts: leave those to the writer.
  const secondThought =
    /\b(?:always|never|constantly|every time|ever|i'?m|sorry)\b|,|\b(?:and|but|so|because|then) (?:you|u|i)\b/;
  if (secondThought.test(restNorm) || restNorm.trim().split(/\s+/).length > 10) {
    return undefined;
  }
  const rest = text.raw.slice(sentence.start + restAt[0], sentence.start + restAt[1]);
  let clause: string | undefined;
  if (areAlways) {
    // "You're always late" → "you were late"; "you're always yelling" → "you were yelling".
    clause = `you were ${verb}${rest}`;
  } else if (never) {
    const base = baseOfPast.get(verb) ?? (pastOf(verb) ? verb : undefined);
    clause = base && `you didn't ${/ even /.test(whole) ? "even " : ""}${base}${rest}`;
  } else if (always) {
    const past = pastOf(verb);
    clause = past && `you ${past}${rest}`;
  }
  if (!clause) return undefined;
  return {
    start: sentence.start,
    end: sentence.end,
    text: `When ${clause.trimEnd()}, I felt hurt.`,
  };
}

export function apologyRewrites(
  text: PreparedText,
  findings: CoachFinding<ApologyLabel>[],
): CoachFinding<ApologyLabel>[] {
  const tails = findings
    .filter((f) => f.label === "but_negation")
    .map((f) => ({ but: f, rewrite: dropButTail(text, f, findings) }));
  return findings.map((finding) => {
    let rewrite: CoachRewrite | undefined;
    if (tailPitfalls.has(finding.label)) {
      rewrite = tails.find(
        (t) =>
          t.rewrite && (t.but === finding || within({ start: t.rewrite.start, end: t.rewrite.end }, finding)),
      )?.rewrite;
    }
    if (!rewrite && finding.label === "conditional") rewrite = dropIf(text, finding);
    if (!rewrite && finding.label === "minimizing") rewrite = dropShrinkingWord(text, finding);
    return rewrite ? { ...finding, rewrite } : finding;
  });
}

export function messageRewrites(
  text: PreparedText,
  findings: CoachFinding<MessageLabel>[],
): CoachFinding<MessageLabel>[] {
  return findings.map((finding) => {
    const rewrite = finding.label === "generalization" ? specificTime(text, finding) : undefined;
    return rewrite ? { ...finding, rewrite } : finding;
  });
}

/** How many times each hurtful label is found. */
function hurtfulCounts(findings: readonly CoachFinding<CoachLabel>[]): Map<CoachLabel, number> {
  const counts = new Map<CoachLabel, number>();
  for (const { label } of findings) {
    if (labelInfo[label].effect === "hurts") counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

/**
 * Keeps a rewrite only if the draft with it taken is found to hurt in no new way: taking out one word
 * can bring another pitfall to the surface ("it was just a kiss if …"), and no fixed transformation
 * can foresee every neighbour. `findingsOf` reads a draft without offering rewrites.
 */
export function safeRewrites<L extends CoachLabel>(
  input: string,
  findings: CoachFinding<L>[],
  findingsOf: (draft: string) => readonly CoachFinding<L>[],
): CoachFinding<L>[] {
  const before = hurtfulCounts(findings);
  return findings.map((finding) => {
    if (!finding.rewrite) return finding;
    const after = hurtfulCounts(findingsOf(applyRewrite(input, finding.rewrite)));
    const addsHurt = [...after].some(([label, count]) => count > (before.get(label) ?? 0));
    if (!addsHurt) return finding;
    const { rewrite: _, ...withoutRewrite } = finding;
    return withoutRewrite;
  });
}

/** The draft with a rewrite taken. */
export const applyRewrite = (input: string, rewrite: CoachRewrite): string =>
  input.slice(0, rewrite.start) + rewrite.text + input.slice(rewrite.end);

/**
 * The sentence a rewrite leaves behind, as the person would read it in their draft: for a tail that
 * is dropped, the sentence it was attached to; for a sentence that is replaced, the new sentence.
 */
export function rewritePreview(input: string, rewrite: CoachRewrite): string {
  const after = prepare(applyRewrite(input, rewrite));
  const from = rewrite.text.length > 0 ? rewrite.start : Math.max(0, rewrite.start - 1);
  const to = Math.max(from, rewrite.start + rewrite.text.length - 1);
  const touched = after.sentences.filter((s) => s.end > from && s.start <= to);
  const first = touched[0];
  const last = touched.at(-1);
  return first && last ? after.raw.slice(first.start, last.end) : "";
}
