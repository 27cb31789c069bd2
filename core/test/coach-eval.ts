/**
 * Scores the coach on every labelled set in test/fixtures/sets.json and every file in
 * test/fixtures/blind/, printing per-label precision, recall and F1 beside each set's first score.
 *
 *   npm run coach:eval                      (from the repository root or core/)
 *   npm run coach:eval -- --misses          lists what it gets wrong, on tuning sets only
 *   npm run coach:eval -- --record-first    keeps the first score of sets that have none yet
 *
 * Exits with 1 when a gated set falls short of the fixture bar. Blind sets are held to the stricter
 * blind bar in the printout only: they measure, they never fail a build, and their misses are never
 * listed, since reading them would turn them into tuning sets.
 */
import {
  blindBar,
  defaultBar,
  type EvaluationReport,
  formatReport,
  shortfalls,
} from "../src/coach/evaluate.ts";
import {
  type CoachSet,
  coachSets,
  type FirstScore,
  firstScoreOf,
  host,
  recordFirstScores,
  scoreSet,
} from "./coach-fixtures.ts";

const showMisses = host.process.argv.includes("--misses");
const recordFirst = host.process.argv.includes("--record-first");
const bars = (list: string[]): string => (list.length === 0 ? "meets it" : `BELOW: ${list.join("; ")}`);
const n = (value: number): string => value.toFixed(3);

let failed = false;
const unrecorded: { set: CoachSet; first: FirstScore }[] = [];
const summary: string[] = [];

for (const set of coachSets()) {
  const report: EvaluationReport = scoreSet(set);
  const title = `${set.status.toUpperCase()} · ${set.analyzer} · ${set.name} (${set.file})`;
  host.console.log(formatReport(title, report, set.firstScore?.labelF1));
  host.console.log(`  ${set.origin}`);
  if (set.firstScore) {
    host.console.log(
      `  first score: macro F1 ${n(set.firstScore.macroF1)}, measured ${set.firstScore.measured}`,
    );
  } else {
    host.console.log(`  first score: this run, macro F1 ${n(report.macroF1)} (not yet kept: --record-first)`);
    unrecorded.push({
      set,
      first: firstScoreOf(report, `${new Date().toISOString().slice(0, 10)}, first run`),
    });
  }
  if (set.gate) {
    const problems = shortfalls(report, defaultBar);
    host.console.log(
      `  fixture bar (CI gate, macro F1 ≥ ${defaultBar.macroF1}, every label ≥ ${defaultBar.minLabelF1}): ${bars(problems)}`,
    );
    if (problems.length > 0) failed = true;
  }
  const blind = shortfalls(report, blindBar);
  host.console.log(
    `  blind bar (macro F1 ≥ ${blindBar.macroF1}, every label F1 ≥ ${blindBar.minLabelF1}, precision ≥ ${blindBar.minLabelPrecision}): ${bars(blind)}`,
  );
  if (showMisses && set.status === "tuning") {
    for (const miss of report.misses) {
      host.console.log(
        `  - ${JSON.stringify(miss.text)}\n    missing [${miss.missing.join(", ")}] extra [${miss.extra.join(", ")}]`,
      );
    }
  }
  host.console.log("");
  const first = set.firstScore ? n(set.firstScore.macroF1) : "  -  ";
  summary.push(
    `  ${set.status.padEnd(6)} ${set.analyzer.padEnd(7)} ${set.name.padEnd(32)} ${String(report.examples).padStart(5)}   ${first}   ${n(report.macroF1)}   ${blind.length === 0 ? "yes" : "no"}`,
  );
}

host.console.log("Summary (blind sets only ever measure; tuning sets may be read to change the rules)");
host.console.log(
  `  ${"status".padEnd(6)} ${"kind".padEnd(7)} ${"set".padEnd(32)} ${"items".padStart(5)}   first   now     blind bar`,
);
for (const line of summary) host.console.log(line);
if (recordFirst && unrecorded.length > 0) {
  recordFirstScores(unrecorded);
  host.console.log(`\nKept the first score of ${unrecorded.map((u) => u.set.name).join(", ")} in sets.json.`);
}
if (failed) host.process.exitCode = 1;
