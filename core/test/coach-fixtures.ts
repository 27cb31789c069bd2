import { type LabelledExample, parseExamples } from "../src/coach/evaluate.ts";
import { type ApologyLabel, isApologyLabel, isMessageLabel, type MessageLabel } from "../src/coach/labels.ts";

/**
 * Core is typed without Node on purpose (it must run in browsers), so the two places that read the
 * fixture files reach Node through this narrow, typed door instead of pulling in all of @types/node.
 */
interface NodeHost {
  process: {
    getBuiltinModule(id: "node:fs"): { readFileSync(path: string, encoding: "utf8"): string };
    argv: string[];
    exitCode?: number;
  };
  console: { log(text: string): void };
}

export const host = globalThis as unknown as NodeHost;

const here = (import.meta as ImportMeta & { dirname: string }).dirname;

function read(name: string): string {
  return host.process.getBuiltinModule("node:fs").readFileSync(`${here}/fixtures/${name}`, "utf8");
}

export interface CoachFixtures {
  apology: { tuning: LabelledExample<ApologyLabel>[]; heldOut: LabelledExample<ApologyLabel>[] };
  message: { tuning: LabelledExample<MessageLabel>[]; heldOut: LabelledExample<MessageLabel>[] };
}

/**
 * The tuning files were written first and used while building the rules; the held-out files were
 * written afterwards and only ever scored, never used to change a rule.
 */
export function loadCoachFixtures(): CoachFixtures {
  return {
    apology: {
      tuning: parseExamples(read("coach-apology.jsonl"), isApologyLabel),
      heldOut: parseExamples(read("coach-apology.heldout.jsonl"), isApologyLabel),
    },
    message: {
      tuning: parseExamples(read("coach-message.jsonl"), isMessageLabel),
      heldOut: parseExamples(read("coach-message.heldout.jsonl"), isMessageLabel),
    },
  };
}
