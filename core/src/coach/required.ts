/**
 * Finds words a pattern cannot match without, so the engine can skip a rule whose words are absent
 * from the text. Most drafts trigger few rules, and checking a handful of substrings is far cheaper
 * than running a regular expression across the whole text.
 *
 * Only the subset of regular-expression syntax the rules use is understood; anything else makes the
 * analysis give up, which only costs speed, never a match.
 */

/** At least one of these strings occurs in every match. */
export type Clause = readonly string[];

interface Cursor {
  src: string;
  i: number;
}

class Unsupported extends Error {}

/** The clauses of one branch (a sequence of items), each of which every match must satisfy. */
function parseSequence(c: Cursor): Clause[] {
  const clauses: Clause[] = [];
  let run = "";
  const flush = (): void => {
    if (run.length >= 3) clauses.push([run]);
    run = "";
  };
  while (c.i < c.src.length) {
    const ch = c.src.charAt(c.i);
    if (ch === "|" || ch === ")") break;
    let atom: { literal?: string; clauses?: Clause[] };
    if (ch === "(") {
      atom = parseGroup(c);
    } else if (ch === "[") {
      skipClass(c);
      atom = {};
    } else if (ch === "\\") {
      const next = c.src.charAt(c.i + 1);
      c.i += 2;
      atom = /[.?*+()[\]{}|^$\\/'-]/.test(next) ? { literal: next } : {};
    } else if (ch === "^" || ch === "$" || ch === ".") {
      c.i++;
      atom = {};
    } else {
      c.i++;
      atom = { literal: ch };
    }
    const min = parseQuantifier(c);
    if (min === 1 && atom.literal !== undefined) {
      run += atom.literal;
      continue;
    }
    flush();
    if (min >= 1 && atom.clauses) clauses.push(...atom.clauses);
  }
  flush();
  return clauses;
}

/** Parses `( … )` starting at the open paren; lookarounds contribute nothing. */
function parseGroup(c: Cursor): { clauses?: Clause[] } {
  c.i++;
  let lookaround = false;
  if (c.src.startsWith("?:", c.i)) c.i += 2;
  else if (c.src.startsWith("?=", c.i) || c.src.startsWith("?!", c.i)) {
    c.i += 2;
    lookaround = true;
  } else if (c.src.startsWith("?<=", c.i) || c.src.startsWith("?<!", c.i)) {
    c.i += 3;
    lookaround = true;
  } else if (c.src.startsWith("?<", c.i)) {
    const close = c.src.indexOf(">", c.i);
    if (close < 0) throw new Unsupported();
    c.i = close + 1;
  } else if (c.src.charAt(c.i) === "?") throw new Unsupported();
  const branches: Clause[][] = [parseSequence(c)];
  while (c.src.charAt(c.i) === "|") {
    c.i++;
    branches.push(parseSequence(c));
  }
  if (c.src.charAt(c.i) !== ")") throw new Unsupported();
  c.i++;
  if (lookaround) return {};
  return { clauses: mergeBranches(branches) };
}

/** An alternation requires, from each branch, that branch's best clause: so one of their union. */
function mergeBranches(branches: Clause[][]): Clause[] {
  if (branches.length === 1) return branches[0] ?? [];
  const picked: string[] = [];
  for (const branch of branches) {
    const best = bestClause(branch);
    if (!best) return [];
    picked.push(...best);
  }
  return [picked];
}

function skipClass(c: Cursor): void {
  c.i++;
  while (c.i < c.src.length) {
    const ch = c.src.charAt(c.i);
    if (ch === "\\") c.i += 2;
    else if (ch === "]") {
      c.i++;
      return;
    } else c.i++;
  }
  throw new Unsupported();
}

/** Returns the minimum repeat count of the quantifier at the cursor (1 when there is none). */
function parseQuantifier(c: Cursor): number {
  const ch = c.src.charAt(c.i);
  let min = 1;
  if (ch === "?" || ch === "*") {
    c.i++;
    min = 0;
  } else if (ch === "+") c.i++;
  else if (ch === "{") {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(c.src.slice(c.i));
    if (!m) return 1;
    c.i += m[0].length;
    min = Number(m[1]);
  } else return 1;
  if (c.src.charAt(c.i) === "?") c.i++;
  // A repeated atom still occurs at least once, but may not extend a literal run.
  return min === 0 ? 0 : 2;
}

/** Fewer alternatives is better; then longer shortest string (rarer in text). */
function bestClause(clauses: Clause[]): Clause | undefined {
  let best: Clause | undefined;
  for (const clause of clauses) {
    if (clause.some((s) => s.length < 2)) continue;
    if (
      !best ||
      clause.length < best.length ||
      (clause.length === best.length && shortest(clause) > shortest(best))
    ) {
      best = clause;
    }
  }
  return best;
}

const shortest = (clause: Clause): number => Math.min(...clause.map((s) => s.length));

/** One clause every match of `source` satisfies, or undefined when none could be proved. */
export function requiredClause(source: string): Clause | undefined {
  const cursor: Cursor = { src: source, i: 0 };
  try {
    const branches: Clause[][] = [parseSequence(cursor)];
    while (cursor.src.charAt(cursor.i) === "|") {
      cursor.i++;
      branches.push(parseSequence(cursor));
    }
    if (cursor.i !== source.length) return undefined;
    const best = bestClause(mergeBranches(branches));
    // A clause with dozens of alternatives costs as much to check as it saves.
    return best && best.length <= 40 ? best : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
