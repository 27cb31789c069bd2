import { type Candidate, dropOverlapping, type Rule, rule, runRules, sameSentence } from "../engine.ts";
import { type CoachFinding, distinctLabels, toFindings } from "../findings.ts";
import {
  labelInfo,
  type MessageLabel,
  type MessagePitfall,
  type MessageStrength,
  messageLabels,
  messagePitfalls,
  messageStrengths,
} from "../labels.ts";
import { messageRewrites, safeRewrites } from "../rewrites.ts";
import { type PreparedText, prepare } from "../text.ts";
import { controlRules } from "./control.ts";
import { everydayMessageRules } from "./everyday.ts";
import { horsemenRules } from "./horsemen.ts";
import { messageStrengthRules } from "./strengths.ts";

export interface MessageAnalysis {
  kind: "message";
  /** Every distinct label found, helpful and harmful alike. */
  labels: MessageLabel[];
  findings: CoachFinding<MessageLabel>[];
  strengths: MessageStrength[];
  pitfalls: MessagePitfall[];
}

const rules: readonly Rule<MessageLabel>[] = [
  ...messageStrengthRules,
  ...horsemenRules,
  ...controlRules,
  ...everydayMessageRules,
];

/**
 * What a draft with a rewrite taken is checked with: only whether it hurts in a new way matters
 * there, and no helpful label ever cancels a hurtful one, so the hurtful rules are all it needs.
 */
const hurtRules = rules.filter((r) => labelInfo[r.label].effect === "hurts");

/** Denying a dismissal ("you're not overreacting", "I don't think you're too sensitive") validates. */
const negatedInvalidation: Rule<MessageLabel> = rule("validation", "(?!)", {
  why: "Saying their reaction is not too much tells them it makes sense.",
});

/** Saying when you will come back turns stepping away into a break rather than a wall. */
const comingBack =
  /\b(?:later|tonight|tomorrow|in (?:an|a few|a couple of|\d+|ten|twenty|thirty|fifteen|five|forty|half an?) (?:minutes?|hours?|mins?|min|hour)|after (?:dinner|work|lunch|a break|i calm|the kids|we|i've|i have|a walk|some sleep)|when (?:i'm|i am|i've|i have|we're|we are|we've|we have) (?:calm|calmer|cooled|less|ready|both|had)|come back|pick (?:this|it) (?:back )?up|circle back|revisit|continue (?:this|later|tomorrow|tonight|when)|talk (?:about (?:it|this|that) )?(?:later|tomorrow|tonight|again|more|in|after|when)|return to (?:this|it)|get back to (?:this|it|you))/;
const forGood =
  /\b(?:ever|anymore|any more|again|never|over|done with you|forever|whatever|leave me alone|end of|or not|idc)\b/;

function resolve(text: PreparedText, found: Candidate<MessageLabel>[]): Candidate<MessageLabel>[] {
  let cands = found;
  cands = dropOverlapping(cands, "contempt", "criticism");
  cands = dropOverlapping(cands, "invalidation", "criticism");
  cands = dropOverlapping(cands, "controlling", "i_statement");
  cands = dropOverlapping(cands, "defensiveness", "reflection");
  cands = dropOverlapping(cands, "contempt", "appreciation");
  cands = dropOverlapping(cands, "contempt", "reflection");
  cands = dropOverlapping(cands, "contempt", "validation");
  cands = dropOverlapping(cands, "criticism", "reflection");
  cands = dropOverlapping(cands, "invalidation", "reflection");
  cands = dropOverlapping(cands, "invalidation", "defensiveness");
  cands = dropOverlapping(cands, "appreciation", "i_statement");
  cands = dropOverlapping(cands, "blame_shift", "defensiveness");
  cands = dropOverlapping(cands, "invalidation", "contempt");
  cands = dropOverlapping(cands, "contempt", "generalization");
  cands = dropOverlapping(cands, "generalization", "invalidation");
  // "You're always so kind to them and never to me": the praise is the set-up for the complaint.
  cands = dropOverlapping(cands, "generalization", "appreciation");
  cands = dropOverlapping(cands, "validation", "i_statement");
  // "I want to be sure I understand…" is checking what they said, not a statement of need.
  cands = dropOverlapping(cands, "reflection", "i_statement");
  cands = dropOverlapping(cands, "stonewalling", "i_statement");
  cands = dropOverlapping(cands, "invalidation", "stonewalling");
  cands = dropOverlapping(cands, "defensiveness", "invalidation");
  if (comingBack.test(text.norm)) {
    cands = cands.filter((c) => c.label !== "stonewalling" || forGood.test(text.norm.slice(c.start, c.end)));
  }
  // Sarcastic thanks in a sentence that mocks is not appreciation.
  const mocking = cands.filter((c) => c.label === "contempt");
  cands = cands.filter((c) => c.label !== "appreciation" || !mocking.some((m) => sameSentence(text, m, c)));
  return cands;
}

/** What the rules find in a message, before any rewrite is offered. */
function findingsOf(text: PreparedText, ruleSet: readonly Rule<MessageLabel>[] = rules) {
  const cands = resolve(text, runRules(text, ruleSet, { invalidation: negatedInvalidation }));
  return toFindings(text, cands, messageLabels);
}

/** Reads a message for a hard conversation: what keeps it open, and what shuts it down. */
export function analyzeMessage(input: string): MessageAnalysis {
  const text = prepare(input);
  const findings = safeRewrites(input, messageRewrites(text, findingsOf(text)), (draft) =>
    findingsOf(prepare(draft), hurtRules),
  );
  const labels = distinctLabels(findings, messageLabels);
  return {
    kind: "message",
    labels,
    findings,
    strengths: messageStrengths.filter((s) => labels.includes(s)),
    pitfalls: messagePitfalls.filter((p) => labels.includes(p)),
  };
}
