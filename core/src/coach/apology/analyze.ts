import {
  type Candidate,
  dropInSentence,
  dropOverlapping,
  type Rule,
  runRules,
  sameSentence,
} from "../engine.ts";
import { type CoachFinding, distinctLabels, toFindings } from "../findings.ts";
import {
  type ApologyLabel,
  type ApologyPart,
  type ApologyPitfall,
  apologyLabels,
  apologyParts,
  apologyPartWeights,
  apologyPitfalls,
  labelInfo,
} from "../labels.ts";
import { apologyRewrites, safeRewrites } from "../rewrites.ts";
import { type PreparedText, prepare } from "../text.ts";
import { findButNegations } from "./but-negation.ts";
import { everydayApologyRules } from "./everyday.ts";
import { apologyPartRules } from "./parts.ts";
import { apologyPitfallRules } from "./pitfalls.ts";

export interface ApologyPartStatus {
  part: ApologyPart;
  name: string;
  description: string;
  /** Relative importance, 1 for the part that matters most. */
  weight: number;
  present: boolean;
}

export interface ApologyAnalysis {
  kind: "apology";
  /** Every distinct label found, helpful parts and pitfalls alike. */
  labels: ApologyLabel[];
  findings: CoachFinding<ApologyLabel>[];
  /** The six parts, most important first, each marked present or missing. */
  parts: ApologyPartStatus[];
  present: ApologyPart[];
  missing: ApologyPart[];
  pitfalls: ApologyPitfall[];
  /** Weighted share of the six parts that are present, from 0 to 1. */
  completeness: number;
}

const rules: readonly Rule<ApologyLabel>[] = [
  ...apologyPartRules,
  ...apologyPitfallRules,
  ...everydayApologyRules,
];

/**
 * What a draft with a rewrite taken is checked with: only whether it hurts in a new way matters
 * there, and no helpful label ever cancels a hurtful one except through a "but" after owning the
 * act, so the pitfalls and the owning parts (regret, responsibility) are all it needs.
 */
const hurtRules = rules.filter(
  (r) => labelInfo[r.label].effect === "hurts" || r.label === "regret" || r.label === "responsibility",
);

/** A plain statement that nothing excuses the act turns nearby circumstances into explanation. */
const disclaimer =
  /(?:that's|thats|that is) not (?:your|ur) (?:problem|fault)|\bon me,? not (?:the|my) \w+|(?:\bnot|n't)\s[^.!?]{0,25}?to (?:excuse|justify)|\b(?:no excuse|not an excuse|isn't an excuse|is not an excuse|not (?:trying to |going to |here to )?(?:excuse|justify|make excuses|making excuses|making an excuse)|(?:doesn't|does not|don't|won't|can't) (?:excuse|justify)|not excusing|not justifying|no justification)/;

function excusesBecomeExplanations(
  text: PreparedText,
  cands: Candidate<ApologyLabel>[],
): Candidate<ApologyLabel>[] {
  const marks = [...text.norm.matchAll(new RegExp(disclaimer, "g"))].map((m) => m.index);
  if (marks.length === 0) return cands;
  const sentenceIndex = (pos: number): number =>
    text.sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const near = new Set<number>();
  for (const mark of marks) {
    const i = sentenceIndex(mark);
    near
      .add(i - 1)
      .add(i)
      .add(i + 1);
  }
  // Only circumstances convert; blaming someone else stays blame even beside "no excuse".
  const circumstance = (c: Candidate<ApologyLabel>): boolean =>
    c.label === "excuse" && near.has(sentenceIndex(c.start));
  return cands.map((c) => (circumstance(c) ? { ...c, label: "explanation" } : c));
}

/** Words that end one thought and start another, so what follows is no longer attached. */
const separate = /[.!?;]|\b(?:but|however|although|though|and|also|yet)\b/;

/**
 * An admission stops counting as ownership when it is the object of regret ("I'm sorry I lied": that
 * is regret) or comes with its justification attached ("I lied because you…": that is blame).
 */
function attachedAdmissions(text: PreparedText, cands: Candidate<ApologyLabel>[]): Candidate<ApologyLabel>[] {
  const between = (a: number, b: number): string => text.norm.slice(a, b);
  return cands.filter((c) => {
    if (c.label !== "responsibility") return true;
    const underRegret = cands.some(
      (r) =>
        r.label === "regret" &&
        r.end <= c.start &&
        c.start - r.end < 40 &&
        sameSentence(text, r, c) &&
        !/[,;:]/.test(between(r.end, c.start)) &&
        !separate.test(between(r.end, c.start)),
    );
    const justified = cands.some(
      (j) =>
        (j.label === "blame_shift" || j.label === "excuse") &&
        j.start >= c.start &&
        sameSentence(text, j, c) &&
        !separate.test(between(c.end, j.start)),
    );
    return !underRegret && !justified;
  });
}

function resolve(text: PreparedText, found: Candidate<ApologyLabel>[]): Candidate<ApologyLabel>[] {
  let cands = found;
  // An excuse read as an explanation only once the writer has said it is not an excuse.
  cands = dropOverlapping(cands, "excuse", "explanation");
  cands = excusesBecomeExplanations(text, cands);
  // "Sorry if…" and "sorry you feel…" are not regret for the act.
  cands = dropInSentence(text, cands, "conditional", "regret");
  // An act named under the "if" ("sorry if it felt like I ignored you") is not owned.
  cands = dropInSentence(text, cands, "conditional", "responsibility");
  cands = dropOverlapping(cands, "deflection", "regret");
  cands = dropOverlapping(cands, "pressure", "forgiveness_request");
  cands = dropOverlapping(cands, "deflection", "responsibility");
  cands = dropOverlapping(cands, "minimizing", "responsibility");
  cands = dropOverlapping(cands, "blame_shift", "explanation");
  cands = dropOverlapping(cands, "pressure", "repair");
  cands = dropOverlapping(cands, "excuse", "minimizing");
  cands = dropOverlapping(cands, "deflection", "minimizing");
  cands = dropOverlapping(cands, "regret", "explanation");
  cands = dropOverlapping(cands, "responsibility", "repentance");
  cands = dropOverlapping(cands, "blame_shift", "excuse");
  cands = dropOverlapping(cands, "deflection", "invalidation");
  cands = dropOverlapping(cands, "conditional", "responsibility");
  // A reason given in the same breath as changing the subject or blaming someone serves that move.
  cands = dropInSentence(text, cands, "deflection", "explanation");
  cands = dropInSentence(text, cands, "blame_shift", "explanation");
  cands = attachedAdmissions(text, cands);
  // A forgiveness request made in the same breath as a demand reads as part of the demand.
  const pressures = cands.filter((c) => c.label === "pressure");
  cands = cands.filter(
    (c) =>
      c.label !== "forgiveness_request" ||
      !pressures.some((p) => sameSentence(text, p, c) && p.start < c.start),
  );
  return cands;
}

function checklist(labels: readonly ApologyLabel[]): ApologyPartStatus[] {
  return [...apologyParts]
    .sort((a, b) => apologyPartWeights[b] - apologyPartWeights[a])
    .map((part) => ({
      part,
      name: labelInfo[part].name,
      description: labelInfo[part].description,
      weight: apologyPartWeights[part],
      present: labels.includes(part),
    }));
}

/** What the rules find in a draft apology, before any rewrite is offered. */
function findingsOf(text: PreparedText, ruleSet: readonly Rule<ApologyLabel>[] = rules) {
  const cands = resolve(text, runRules(text, ruleSet));
  cands.push(...findButNegations(text, cands));
  return toFindings(text, cands, apologyLabels);
}

/** Reads a draft apology: which of the six parts it has, and which wording undoes it. */
export function analyzeApology(input: string): ApologyAnalysis {
  const text = prepare(input);
  const findings = safeRewrites(input, apologyRewrites(text, findingsOf(text)), (draft) =>
    findingsOf(prepare(draft), hurtRules),
  );
  const labels = distinctLabels(findings, apologyLabels);
  const parts = checklist(labels);
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  const got = parts.reduce((sum, p) => sum + (p.present ? p.weight : 0), 0);
  return {
    kind: "apology",
    labels,
    findings,
    parts,
    present: parts.filter((p) => p.present).map((p) => p.part),
    missing: parts.filter((p) => !p.present).map((p) => p.part),
    pitfalls: apologyPitfalls.filter((p) => labels.includes(p)),
    completeness: Math.round((got / total) * 100) / 100,
  };
}
