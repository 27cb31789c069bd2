import type { RepairRole } from "../spaces/roles.ts";
import type { BlockingFactor, FactorId, SafetyFactor } from "./factors.ts";
import { findingTexts, type Tone } from "./findings.ts";
import { answerValues, type QuestionId, type ReadinessAnswers } from "./schema.ts";
import { type SuggestionId, type SuggestionKind, suggestionTexts } from "./suggestions.ts";
import type { ReadinessPath } from "./types.ts";

export interface Finding {
  factor: FactorId;
  text: string;
}

export interface Suggestion {
  id: SuggestionId;
  kind: SuggestionKind;
  text: string;
}

/** Private to the member who took the check: never shown to the other person. */
export interface ReadinessResult {
  path: ReadinessPath;
  summary: string;
  /** What looks hopeful. Always empty on the safety path, where it could read as a reason to stay. */
  hopeful: Finding[];
  hard: Finding[];
  suggestions: Suggestion[];
  /** What stands in the way of repair for now. */
  blockers: BlockingFactor[];
  /** The signs of fear or abuse that were given. */
  safetyConcerns: SafetyFactor[];
}

/** How each blocking factor is named in a sentence ("… stands in the way"). */
export const blockerWords: Record<BlockingFactor, string> = {
  no_remorse: "blame, or a lack of remorse",
  ongoing_deception: "something still being hidden",
  addiction: "an untreated addiction",
  refuses_help: "outside help being refused",
};

function safetyConcernsOf(a: ReadinessAnswers): SafetyFactor[] {
  const out: SafetyFactor[] = [];
  if (a.fear === "sometimes" || a.fear === "yes") out.push("fear");
  if (a.threats === "yes") out.push("threats");
  if (a.physical_harm === "yes") out.push("physical_harm");
  if (a.put_downs === "sometimes" || a.put_downs === "often") out.push("emotional_abuse");
  if (a.control.some((c) => c !== "none" && c !== "rather_not_say")) out.push("control");
  return out;
}

function blockersOf(a: ReadinessAnswers): BlockingFactor[] {
  const out: BlockingFactor[] = [];
  if (a.willingness === "no" || a.blame === "yes") out.push("no_remorse");
  if (a.hidden === "yes") out.push("ongoing_deception");
  if (a.addiction === "untreated") out.push("addiction");
  if (a.outside_help === "no") out.push("refuses_help");
  return out;
}

function findings(
  a: ReadinessAnswers,
  role: RepairRole,
  tone: Tone,
  only?: ReadonlySet<FactorId>,
): Finding[] {
  // Question order, not key order of the object, so the result reads the same whoever built it.
  const keys = (Object.keys(answerValues) as QuestionId[]).map((question) => {
    const value = a[question];
    if (!Array.isArray(value)) return `${question}.${value}`;
    return `${question}.${value.some((v) => v !== "none" && v !== "rather_not_say") ? "any" : "none"}`;
  });
  const out: Finding[] = [];
  for (const key of keys) {
    const f = findingTexts[key];
    if (!f || f.tone !== tone || (only && !only.has(f.factor))) continue;
    if (!out.some((x) => x.text === f.text[role])) out.push({ factor: f.factor, text: f.text[role] });
  }
  return out;
}

function suggest(ids: readonly SuggestionId[], role: RepairRole): Suggestion[] {
  return [...new Set(ids)].map((id) => ({
    id,
    kind: suggestionTexts[id].kind,
    text: suggestionTexts[id].text[role],
  }));
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function safetyResult(a: ReadinessAnswers, role: RepairRole, concerns: SafetyFactor[]): ReadinessResult {
  const ids: SuggestionId[] = ["emergency", "safety_page"];
  if (a.control.includes("phone")) ids.push("safe_device");
  ids.push("safety_support", "own_support");
  return {
    path: "safety",
    summary:
      "Some of your answers suggest you may not be safe, or may be afraid. Your safety comes first. You don't have to decide anything about this relationship now, and nothing here will ask you to.",
    hopeful: [],
    hard: findings(a, role, "hard", new Set<FactorId>(concerns)),
    suggestions: suggest(ids, role),
    blockers: blockersOf(a),
    safetyConcerns: concerns,
  };
}

/**
 * Reads a member's answers to the readiness check. Any sign of fear or abuse puts safety first and
 * leaves out anything that could nudge toward repair. Being unsure, or something that blocks repair,
 * leads to support for deciding, where ending things is as valid an outcome as staying.
 */
export function assessReadiness(answers: ReadinessAnswers, role: RepairRole): ReadinessResult {
  const concerns = safetyConcernsOf(answers);
  if (concerns.length > 0) return safetyResult(answers, role, concerns);

  const blockers = blockersOf(answers);
  const hopeful = findings(answers, role, "hopeful");
  const hard = findings(answers, role, "hard");
  const ids: SuggestionId[] = [];
  const safetyUnsaid = [answers.fear, answers.threats, answers.physical_harm, answers.put_downs].includes(
    "rather_not_say",
  );
  if (safetyUnsaid || answers.control.includes("rather_not_say")) ids.push("safety_available");
  if (blockers.includes("addiction")) ids.push("addiction_help");
  if (blockers.includes("ongoing_deception")) ids.push("bring_to_light");
  if (answers.wellbeing === "harmed") ids.push("own_support");

  const deciding = answers.intent !== "yes" || blockers.length > 0;
  if (deciding) {
    ids.push("deciding_page", "counselor_deciding", "self_care");
    const summary =
      answers.intent === "no"
        ? "You don't think you want to repair this. That is a legitimate choice, and Mend can help you think it through and look after yourself."
        : answers.intent === "not_sure"
          ? "You're not sure you want to repair this, and that's an honest place to be. Taking time to decide is part of the process, and ending things can be the right outcome."
          : `You want to try, but ${listWords(blockers.map((b) => blockerWords[b]))} ${blockers.length > 1 ? "stand" : "stands"} in the way for now. Repair tends to work only once that changes, so give yourself time to see whether it does.`;
    return {
      path: "deciding",
      summary,
      hopeful,
      hard,
      suggestions: suggest(ids, role),
      blockers,
      safetyConcerns: [],
    };
  }

  const needsHelp =
    hard.length >= 2 ||
    answers.pattern === "repeated" ||
    answers.wellbeing !== "okay" ||
    answers.blame === "sometimes" ||
    answers.willingness === "somewhat";
  if (needsHelp) ids.push("counselor_repair");
  ids.push("first_step", "self_care");
  const summary =
    hard.length > 0
      ? "Your answers show a basis to try, along with some things that will make it harder. Expect it to take months, with setbacks along the way; that is normal."
      : "Your answers show a basis to try. Expect it to take months, with setbacks along the way; that is normal.";
  return {
    path: "repair",
    summary,
    hopeful,
    hard,
    suggestions: suggest(ids, role),
    blockers,
    safetyConcerns: [],
  };
}
