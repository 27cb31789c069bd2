/**
 * Text preparation for the rule engine. Everything here keeps string length unchanged, so an offset
 * found in the prepared text is the same offset in what the person typed.
 */

export interface Span {
  start: number;
  end: number;
}

export interface PreparedText {
  /** The original input. */
  raw: string;
  /** Lower case, straight quotes, same length as `raw`. */
  norm: string;
  sentences: Span[];
  /** Stretches inside quotation marks: words someone else said, or words the writer is citing. */
  quotes: Span[];
  /** Offsets where a clause begins (sentence starts, punctuation, joining words), ascending. */
  clauseStarts: number[];
}

const charMap: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u02bc": "'",
  "\u2032": "'",
  "`": "'",
  "\u00b4": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2026": ".",
  "\u00a0": " ",
};

/** Lower-cases one UTF-16 unit at a time, leaving alone the rare letters whose lower case is longer. */
export function normalize(text: string): string {
  let out = "";
  for (const ch of text.split("")) {
    const mapped = charMap[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

function splitSentences(norm: string): Span[] {
  const spans: Span[] = [];
  // A sentence ends at . ! ? (and any run of them, with closing quotes) or at a line break.
  const boundary = /[.!?]+["')\]]*(?=\s|$)|\n+/g;
  let start = 0;
  for (const m of norm.matchAll(boundary)) {
    const end = m.index + m[0].length;
    pushTrimmed(spans, norm, start, end);
    start = end;
  }
  pushTrimmed(spans, norm, start, norm.length);
  return spans;
}

function pushTrimmed(spans: Span[], norm: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(norm.charAt(s))) s++;
  while (e > s && /\s/.test(norm.charAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

const isWordChar = (ch: string): boolean => /[a-z0-9]/.test(ch);

/**
 * Pairs quotation marks. Double quotes pair in order. A single quote opens only at the start of a
 * word and closes only at the end of one, so the apostrophes in "don't" or "you're" are left alone.
 */
function findQuotes(norm: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < norm.length; i++) {
    if (norm.charAt(i) !== '"') continue;
    if (open < 0) open = i;
    else {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  let single = -1;
  for (let i = 0; i < norm.length; i++) {
    if (norm.charAt(i) !== "'") continue;
    const before = i > 0 ? norm.charAt(i - 1) : " ";
    const after = i + 1 < norm.length ? norm.charAt(i + 1) : " ";
    if (single < 0 && !isWordChar(before) && isWordChar(after)) single = i;
    else if (single >= 0 && !isWordChar(after) && (isWordChar(before) || /[.!?,]/.test(before))) {
      spans.push({ start: single, end: i + 1 });
      single = -1;
    }
  }
  // A text that is one quotation from end to end is the writer's own message, merely wrapped.
  return spans.filter((q) => !(q.start <= firstNonSpace(norm) && q.end >= lastNonSpace(norm)));
}

function firstNonSpace(s: string): number {
  const m = /\S/.exec(s);
  return m ? m.index : 0;
}

function lastNonSpace(s: string): number {
  for (let i = s.length; i > 0; i--) if (!/\s/.test(s.charAt(i - 1))) return i;
  return 0;
}

// "than", "as you" and "my fault you" also end a negation's reach: in "it's not as bad as you
// think" or "it's not my fault you forgot", the "not" says nothing about what follows.
const clauseBreak =
  /[,;:()]|(?<![a-z])-|-(?![a-z])|\b(?:but|and|because|cause|so|although|though|while|whereas|yet|or|when|whenever|since|until|unless|if|then|however|instead|than|fault)\b|\bas(?= (?:you|i|he|she|we|they)\b)/g;

function findClauseStarts(norm: string, sentences: Span[]): number[] {
  const starts = sentences.map((s) => s.start);
  for (const m of norm.matchAll(clauseBreak)) starts.push(m.index + m[0].length);
  return starts.sort((a, b) => a - b);
}

export function prepare(raw: string): PreparedText {
  const norm = normalize(raw);
  const sentences = splitSentences(norm);
  return { raw, norm, sentences, quotes: findQuotes(norm), clauseStarts: findClauseStarts(norm, sentences) };
}

/** The start of the clause containing `pos` (binary search over the sorted clause starts). */
export function clauseStartOf(text: PreparedText, pos: number): number {
  const starts = text.clauseStarts;
  let lo = 0;
  let hi = starts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = starts[mid] ?? 0;
    if (value <= pos) {
      best = value;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function sentenceOf(text: PreparedText, pos: number): Span {
  const list = text.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: pos, end: pos };
}

export function insideQuote(text: PreparedText, span: Span): boolean {
  return text.quotes.some((q) => span.start >= q.start && span.end <= q.end);
}

const opensClause =
  /^(?:but|and|because|so|although|though|while|whereas|yet|when|since|until|unless|if|then|however|instead)\b/;

const negator =
  /(?:\b(?:not|no|never|cannot|nobody|none|nothing|neither|nor|without|hardly|barely|refuse|refused|pretend|pretending|claim|claiming|calling|pretended)\b|n't\b|\b(?:dont|wont|cant|didnt|doesnt|isnt|wasnt|wouldnt|shouldnt|couldnt|arent|werent|havent|hasnt)\b|\bact(?:ing)? like\b|\bas if\b|\b(?:tell|told|telling|convinced|kidding) myself\b)/;

/**
 * True when a negation or a distancing word ("pretend", "as if", "told myself") comes shortly before
 * `pos` in the same clause, as in "I'm not making excuses" or "I won't pretend it was nothing".
 */
export function negatedBefore(text: PreparedText, pos: number, maxWords = 6): boolean {
  // A match that opens with a joining word ("so I can…") starts a fresh clause of its own.
  if (opensClause.test(text.norm.slice(pos, pos + 12))) return false;
  const from = clauseStartOf(text, pos);
  const window = lastWords(text.norm.slice(from, pos), maxWords);
  return negator.test(window);
}

/** The last `n` words of `s`, with runs of whitespace kept as they are. */
function lastWords(s: string, n: number): string {
  let end = s.length;
  while (end > 0 && /\s/.test(s.charAt(end - 1))) end--;
  let start = end;
  let words = 0;
  while (start > 0) {
    const inWord = !/\s/.test(s.charAt(start - 1));
    if (inWord) {
      while (start > 0 && !/\s/.test(s.charAt(start - 1))) start--;
      if (++words === n) break;
    } else start--;
  }
  return s.slice(start, end).replace(/\s+/g, " ");
}

const reportingVerb =
  /\b(?:you|he|she|they|people|someone|somebody|everyone|everybody|my \w+|your \w+|his \w+|her \w+|their \w+)(?: \w+)? (?:said|says|say|told me|tells me|tell me|keep saying|keeps saying|kept saying|called me|calls me|accused me of|accuse me of|claimed|claims|wrote|texted|posted)(?: that)?$/;

/** True when the words at `pos` are reported from someone else ("my sister said you're selfish"). */
export function reportedBefore(text: PreparedText, pos: number): boolean {
  const sentence = sentenceOf(text, pos);
  const window = lastWords(text.norm.slice(sentence.start, pos), 7);
  return reportingVerb.test(window);
}
