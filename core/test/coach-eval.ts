/**
 * Prints per-label precision, recall and F1 for the coach, on the tuning fixtures, the held-out
 * fixtures and both together. Run with `npm run coach:eval -w @mend/core`; add `--misses` to list
 * the examples it gets wrong. Exits with 1 when any report falls short of the quality bar.
 */
import { analyzeApology } from "../src/coach/apology/analyze.ts";
import {
  type EvaluationReport,
  evaluate,
  formatReport,
  type LabelledExample,
  shortfalls,
} from "../src/coach/evaluate.ts";
import { apologyLabels, messageLabels } from "../src/coach/labels.ts";
import { analyzeMessage } from "../src/coach/message/analyze.ts";
import { host, loadCoachFixtures } from "./coach-fixtures.ts";

const showMisses = host.process.argv.includes("--misses");
const fixtures = loadCoachFixtures();
let failed = false;

function report<L extends string>(
  title: string,
  examples: LabelledExample<L>[],
  analyze: (text: string) => { labels: readonly L[] },
  labels: readonly L[],
): EvaluationReport<L> {
  const result = evaluate(examples, analyze, labels);
  host.console.log(formatReport(title, result));
  const problems = shortfalls(result);
  host.console.log(problems.length === 0 ? "  meets the bar\n" : `  BELOW THE BAR: ${problems.join("; ")}\n`);
  if (problems.length > 0) failed = true;
  if (showMisses) {
    for (const miss of result.misses) {
      host.console.log(
        `  - ${JSON.stringify(miss.text)}\n    missing [${miss.missing.join(", ")}] extra [${miss.extra.join(", ")}]`,
      );
    }
    host.console.log("");
  }
  return result;
}

const { apology, message } = fixtures;
report("Apology, tuning set", apology.tuning, analyzeApology, apologyLabels);
report("Apology, held-out set", apology.heldOut, analyzeApology, apologyLabels);
report("Apology, all", [...apology.tuning, ...apology.heldOut], analyzeApology, apologyLabels);
report("Message, tuning set", message.tuning, analyzeMessage, messageLabels);
report("Message, held-out set", message.heldOut, analyzeMessage, messageLabels);
report("Message, all", [...message.tuning, ...message.heldOut], analyzeMessage, messageLabels);
if (failed) host.process.exitCode = 1;
