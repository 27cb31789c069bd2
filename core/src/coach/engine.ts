import { macros } from "./lexicon.ts";
import { type Clause, requiredClause } from "./required.ts";
import {
  insideQuote,
  negatedBefore,
  type PreparedText,
  reportedBefore,
  type Span,
  sentenceOf,
} from "./text.ts";

/**
 * One pattern for one label. Patterns are regular expressions over normalized text written with the
 * word classes of lexicon.ts; a named group `hit` narrows what gets highlighted.
 */
export interface Rule<L extends string> {
  label: L;
  pattern: RegExp;
  /** Strings of which at least one must be in the text for the pattern to have any chance. */
  trigger?: Clause;
  /** A negation shortly before the match cancels it ("I'm not blaming you"). */
  negatable: boolean;
  /** Words reported from someone else ("she said you're selfish") do not count. */
  reportable: boolean;
  /** Cancels the match when the rest of its sentence matches. */
  unlessAfter?: RegExp;
  /** Cancels the match when the sentence up to the match matches. */
  unlessBefore?: RegExp;
  /** Cancels the match when its whole sentence matches. */
  unlessSentence?: RegExp;
  /** Cancels the match when the match and the few words after it match (a short look ahead). */
  unlessNear?: RegExp;
  /** Keeps the match only when the whole text matches (context that can sit in another sentence). */
  onlyIfText?: RegExp;
  /** Cancels the match when the whole text matches. */
  unlessText?: RegExp;
  why?: string;
  suggestion?: string;
}

export interface RuleOptions {
  negatable?: boolean;
  reportable?: boolean;
  unlessAfter?: string;
  unlessBefore?: string;
  unlessSentence?: string;
  unlessNear?: string;
  onlyIfText?: string;
  unlessText?: string;
  why?: string;
  suggestion?: string;
}

/** A private-use character standing for "a space that may be missing" while a pattern is built. */
const optionalSpace = "\uE000";

/**
 * A space before a group whose alternatives include a contraction ("you (?:are|'re)") must also
 * match no space at all, or "you're" would never match.
 */
function markContractionSpaces(src: string): string {
  let out = "";
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === " " && src.startsWith("(?:", i + 1)) {
      const close = matchingParen(src, i + 1);
      const alternatives = splitTopLevel(src.slice(i + 4, close));
      out += alternatives.some((a) => a.startsWith("'")) ? optionalSpace : " ";
      continue;
    }
    out += ch;
  }
  return out;
}

function matchingParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return src.length;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch === "\\") {
      current += ch + body.charAt(i + 1);
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

/** Texting forms of common words, matched wherever a pattern spells the word out. */
const shorthand: Record<string, string> = {
  because: "(?:because|bc|b/c|cuz|coz|cos|bcuz|bcoz|'cause)",
  about: "(?:about|abt|bout)",
  please: "(?:please|pls|plz|plez)",
  though: "(?:though|tho)",
  people: "(?:people|ppl)",
  really: "(?:really|rly|rlly)",
  // A lone letter stands for a word only between spaces: "you r" is "you are", "your" is not.
  with: "(?:with|(?<=\\s)w/?(?=\\s))",
  are: "(?:are|(?<=\\s)r(?=\\s))",
  tonight: "(?:tonight|tonite|2nite)",
  something: "(?:something|smth|sth)",
  okay: "(?:okay|ok|k)",
  sorry: "(?:sorry|sry|srry|soz)",
};

/**
 * Lets patterns written with standard spelling match common texting forms: a contraction without
 * its apostrophe ("dont", "im", "youre", "ill"), "u" for "you", "bc", "abt", "pls" and the other
 * shorthand above, "should of" for "should have", and "alwys"/"nvr" for "always"/"never". "we'll", "he'll" and "we're" keep their
 * apostrophe, since without it they are other words ("well", "hell", "were").
 */
function texting(src: string): string {
  return src
    .replace(/(?<![a-z])you're(?![a-z])/g, "(?:you'?re|ur|u r)")
    .replace(/(?<=\(\?:|\|)'(re|s|ve|d|m)(?![a-z])/g, "'?$1")
    .replace(/n't/g, "n'?t")
    .replace(/(?<![a-z])i'm/g, "i'?m")
    .replace(
      /(?<![a-z])(you|they|it|that|what|there|he|she|i)'(re|s|ve|d)(?![a-z])/g,
      (_m, who: string, tail: string) =>
        who === "he" && tail === "d" ? `${who}'${tail}` : `${who}'?${tail}`,
    )
    .replace(/(?<![a-z\\])(i|you|they)'ll(?![a-z])/g, "$1'?ll")
    .replace(/(?<![a-z\\])(should|would|could|must)(?: have|'ve)(?![a-z])/g, "$1(?: have|'?ve| of|a)")
    .replace(
      /(?<![a-z\\'])(because|about|please|though|people|really|with|are|tonight|something|okay|sorry)(?![a-z])/g,
      (word: string) => shorthand[word] ?? word,
    )
    .replace(/(?<![a-z\\])you(?!r?self)/g, "(?:you|u)")
    .replace(/(?:(?<![a-z\\])|(?<=\\b))always(?![a-z])/g, "(?:always|allways|alwys|alwayz|alway)")
    .replace(/(?:(?<![a-z\\])|(?<=\\b))never(?![a-z])/g, "(?:never|nevr|nvr|neva|nevar)");
}

/**
 * Expands {CLASS} names, lets a written space match any run of whitespace (or none before a
 * contraction), and lets a word gap `\w+ ` also cover words with an apostrophe ("you'll").
 */
export function expand(src: string): string {
  const withClasses = src.replace(/\{([A-Z_]+)\}/g, (whole, name: string) => {
    const value = macros[name];
    if (value === undefined) throw new Error(`Unknown word class ${whole}`);
    return value;
  });
  return markContractionSpaces(texting(withClasses).replaceAll("\\w+ ", "[\\w'-]+ "))
    .replace(/ /g, "\\s+")
    .replaceAll(optionalSpace, "\\s*");
}

const compileFragment = (src: string | undefined): RegExp | undefined =>
  src === undefined ? undefined : new RegExp(expand(src));

export function rule<L extends string>(label: L, src: string, options: RuleOptions = {}): Rule<L> {
  // An apostrophe may follow a match ("you" in "you'd") but may not precede one ("re" in "you're").
  const pattern = new RegExp(`(?<![\\w'])(?:${expand(src)})(?!\\w)`, "gd");
  const trigger = requiredClause(pattern.source);
  const compiled: Rule<L> = {
    label,
    pattern,
    ...(trigger ? { trigger } : {}),
    negatable: options.negatable ?? true,
    reportable: options.reportable ?? true,
  };
  const optional = {
    unlessAfter: compileFragment(options.unlessAfter),
    unlessBefore: compileFragment(options.unlessBefore),
    unlessSentence: compileFragment(options.unlessSentence),
    unlessNear: compileFragment(options.unlessNear),
    onlyIfText: compileFragment(options.onlyIfText),
    unlessText: compileFragment(options.unlessText),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value) Object.assign(compiled, { [key]: value });
  }
  if (options.why !== undefined) compiled.why = options.why;
  if (options.suggestion !== undefined) compiled.suggestion = options.suggestion;
  return compiled;
}

/**
 * Rules for several shapes of one label that share their options. Shapes that name words the text
 * must hold become one expression with an alternative each, scanned once instead of once per shape;
 * a shape with no such words stays a rule of its own, so it cannot stop the others being skipped.
 */
export function shapes<L extends string>(
  label: L,
  srcs: readonly string[],
  options: RuleOptions = {},
): Rule<L>[] {
  const single = srcs.map((src) => rule(label, src, options));
  const triggered = single.filter((r) => r.trigger !== undefined);
  const alone = single.filter((r) => r.trigger === undefined);
  if (triggered.length < 2) return single;
  const merged = rule(
    label,
    srcs
      .filter((_, i) => single[i]?.trigger)
      .map((src) => `(?:${src})`)
      .join("|"),
    options,
  );
  // Any one shape matching needs one of its own words, so the merged rule needs one of all of them.
  merged.trigger = [...new Set(triggered.flatMap((r) => r.trigger ?? []))];
  return [merged, ...alone];
}

/** A rule's match that survived its own checks, before labels are weighed against each other. */
export interface Candidate<L extends string> extends Span {
  label: L;
  rule: Rule<L>;
}

function hitSpan(m: RegExpExecArray | RegExpMatchArray): Span | undefined {
  const hit = m.indices?.groups?.hit;
  if (hit) return { start: hit[0], end: hit[1] };
  const whole = m.indices?.[0];
  return whole ? { start: whole[0], end: whole[1] } : undefined;
}

/**
 * Runs every rule over the text. `negatedAs` turns a negated match into another label: in a
 * conversation, "I don't think you're overreacting" is validation, not merely no invalidation.
 */
export function runRules<L extends string>(
  text: PreparedText,
  rules: readonly Rule<L>[],
  negatedAs: Partial<Record<L, Rule<L>>> = {},
): Candidate<L>[] {
  const found: Candidate<L>[] = [];
  for (const r of rules) {
    // Checking a few substrings is far cheaper than running the expression over the whole text.
    if (r.trigger && !r.trigger.some((s) => text.norm.includes(s))) continue;
    if (r.onlyIfText && !r.onlyIfText.test(text.norm)) continue;
    if (r.unlessText?.test(text.norm)) continue;
    for (const m of text.norm.matchAll(r.pattern)) {
      const span = hitSpan(m);
      if (!span || span.end <= span.start) continue;
      const verdict = judge(text, r, m.index, m.index + m[0].length, span);
      if (verdict === "accepted") found.push({ ...span, label: r.label, rule: r });
      const flipped = negatedAs[r.label];
      if (verdict === "negated" && flipped) found.push({ ...span, label: flipped.label, rule: flipped });
    }
  }
  return found;
}

function judge<L extends string>(
  text: PreparedText,
  r: Rule<L>,
  matchStart: number,
  matchEnd: number,
  span: Span,
): "accepted" | "negated" | "rejected" {
  if (insideQuote(text, span)) return "rejected";
  if (r.reportable && reportedBefore(text, matchStart)) return "rejected";
  if (r.negatable && negatedBefore(text, matchStart)) return "negated";
  const sentence = sentenceOf(text, matchStart);
  if (r.unlessAfter?.test(text.norm.slice(matchEnd, Math.max(matchEnd, sentence.end)))) return "rejected";
  if (r.unlessBefore?.test(text.norm.slice(sentence.start, matchStart))) return "rejected";
  if (r.unlessSentence?.test(text.norm.slice(sentence.start, sentence.end))) return "rejected";
  if (
    r.unlessNear?.test(text.norm.slice(matchStart, Math.min(Math.max(matchEnd, sentence.end), matchEnd + 40)))
  ) {
    return "rejected";
  }
  return "accepted";
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const sameSentence = (text: PreparedText, a: Span, b: Span): boolean =>
  sentenceOf(text, a.start).start === sentenceOf(text, b.start).start;

/** Removes `loser` candidates that overlap a `winner` candidate. */
export function dropOverlapping<L extends string>(
  cands: Candidate<L>[],
  winner: L,
  loser: L,
): Candidate<L>[] {
  const winners = cands.filter((c) => c.label === winner);
  if (winners.length === 0) return cands;
  return cands.filter((c) => c.label !== loser || !winners.some((w) => overlaps(w, c)));
}

/** Removes `loser` candidates that share a sentence with a `winner` candidate. */
export function dropInSentence<L extends string>(
  text: PreparedText,
  cands: Candidate<L>[],
  winner: L,
  loser: L,
): Candidate<L>[] {
  const winners = cands.filter((c) => c.label === winner);
  if (winners.length === 0) return cands;
  return cands.filter((c) => c.label !== loser || !winners.some((w) => sameSentence(text, w, c)));
}

/** One highlight per label per stretch of text: overlapping matches of the same label merge. */
export function mergeSameLabel<L extends string>(cands: Candidate<L>[]): Candidate<L>[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate<L>[] = [];
  for (const c of sorted) {
    const twin = kept.find((k) => k.label === c.label && overlaps(k, c));
    if (!twin) kept.push(c);
    else if (c.end > twin.end) twin.end = c.end;
  }
  return kept;
}
