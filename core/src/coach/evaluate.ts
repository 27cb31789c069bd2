/**
 * Scores the coach against labelled examples. Pure: it takes the examples and the analyzer, and
 * returns numbers, so the same code backs the test, the command-line report and any future UI.
 */

export interface LabelledExample<L extends string = string> {
  text: string;
  labels: L[];
}

export interface LabelScore<L extends string = string> {
  label: L;
  /** Examples that carry the label. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss<L extends string = string> {
  text: string;
  expected: L[];
  actual: L[];
  missing: L[];
  extra: L[];
}

export interface EvaluationReport<L extends string = string> {
  examples: number;
  /** Per label, in the order the labels were given. Labels never expected nor predicted are left out. */
  labels: LabelScore<L>[];
  macroF1: number;
  microF1: number;
  /** Share of examples whose predicted label set is exactly the expected one. */
  exactMatch: number;
  misses: Miss<L>[];
}

export interface QualityBar {
  macroF1: number;
  minLabelF1: number;
  /** When set, no label may be predicted wrongly more often than this allows. */
  minLabelPrecision?: number;
}

/** The gate the coach's own fixtures must pass in CI. */
export const defaultBar: QualityBar = { macroF1: 0.85, minLabelF1: 0.7 };

/**
 * The bar for text written by people who never saw the rules. It is printed for blind sets and never
 * fails a build: a blind set measures, and the moment it gated it would be tuned against.
 */
export const blindBar: QualityBar = { macroF1: 0.92, minLabelF1: 0.8, minLabelPrecision: 0.9 };

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluate<L extends string>(
  examples: readonly LabelledExample<L>[],
  analyze: (text: string) => { labels: readonly L[] },
  labelSet: readonly L[],
): EvaluationReport<L> {
  const counts = new Map<L, { tp: number; fp: number; fn: number; support: number }>();
  for (const label of labelSet) counts.set(label, { tp: 0, fp: 0, fn: 0, support: 0 });
  const misses: Miss<L>[] = [];
  let exact = 0;
  for (const example of examples) {
    const expected = new Set(example.labels);
    const actual = new Set(analyze(example.text).labels);
    for (const label of labelSet) {
      const c = counts.get(label);
      if (!c) continue;
      const want = expected.has(label);
      const got = actual.has(label);
      if (want) c.support++;
      if (want && got) c.tp++;
      else if (got) c.fp++;
      else if (want) c.fn++;
    }
    const missing = labelSet.filter((l) => expected.has(l) && !actual.has(l));
    const extra = labelSet.filter((l) => actual.has(l) && !expected.has(l));
    if (missing.length === 0 && extra.length === 0) exact++;
    else {
      misses.push({
        text: example.text,
        expected: labelSet.filter((l) => expected.has(l)),
        actual: labelSet.filter((l) => actual.has(l)),
        missing,
        extra,
      });
    }
  }
  const scores: LabelScore<L>[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const label of labelSet) {
    const c = counts.get(label);
    if (!c || c.support + c.fp === 0) continue;
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    scores.push({
      label,
      support: c.support,
      truePositives: c.tp,
      falsePositives: c.fp,
      falseNegatives: c.fn,
      precision,
      recall,
      f1: harmonic(precision, recall),
    });
  }
  const macroF1 = ratio(
    scores.reduce((sum, s) => sum + s.f1, 0),
    scores.length,
  );
  const microF1 = harmonic(ratio(tp, tp + fp), ratio(tp, tp + fn));
  return {
    examples: examples.length,
    labels: scores,
    macroF1,
    microF1,
    exactMatch: ratio(exact, examples.length),
    misses,
  };
}

/** Which parts of the bar a report falls short of, in plain words; empty when it passes. */
export function shortfalls(report: EvaluationReport, bar: QualityBar = defaultBar): string[] {
  const problems: string[] = [];
  if (report.macroF1 < bar.macroF1) {
    problems.push(`macro F1 ${report.macroF1.toFixed(3)} is below ${bar.macroF1}`);
  }
  for (const s of report.labels) {
    if (s.f1 < bar.minLabelF1) problems.push(`${s.label} F1 ${s.f1.toFixed(3)} is below ${bar.minLabelF1}`);
    if (bar.minLabelPrecision !== undefined && s.precision < bar.minLabelPrecision) {
      problems.push(`${s.label} precision ${s.precision.toFixed(3)} is below ${bar.minLabelPrecision}`);
    }
  }
  return problems;
}

/** Parses JSON Lines of `{"text": "...", "labels": [...]}`, rejecting labels outside the set. */
export function parseExamples<L extends string>(
  source: string,
  isLabel: (value: string) => value is L,
): LabelledExample<L>[] {
  const examples: LabelledExample<L>[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `line ${index + 1}`;
    const value: unknown = JSON.parse(line);
    if (typeof value !== "object" || value === null) throw new Error(`${where}: expected an object`);
    const { text, labels } = value as { text?: unknown; labels?: unknown };
    if (typeof text !== "string") throw new Error(`${where}: "text" must be a string`);
    if (!Array.isArray(labels)) throw new Error(`${where}: "labels" must be an array`);
    const checked: L[] = [];
    for (const label of labels) {
      if (typeof label !== "string" || !isLabel(label))
        throw new Error(`${where}: unknown label ${String(label)}`);
      checked.push(label);
    }
    examples.push({ text, labels: checked });
  });
  return examples;
}

const pct = (n: number): string => n.toFixed(3);

/**
 * A plain-text table for terminals and CI logs. `firstF1` adds a column with each label's F1 as the
 * set was first scored, so a change can be read against where the set started.
 */
export function formatReport(
  title: string,
  report: EvaluationReport,
  firstF1?: Readonly<Record<string, number>>,
): string {
  const first = (label: string): string => {
    const value = firstF1?.[label];
    return value === undefined ? "-" : pct(value);
  };
  const lines = [
    `${title}: ${report.examples} examples, macro F1 ${pct(report.macroF1)}, micro F1 ${pct(report.microF1)}, exact match ${pct(report.exactMatch)}`,
    `  ${"label".padEnd(20)} ${"support".padStart(7)} ${"prec".padStart(6)} ${"recall".padStart(6)} ${"f1".padStart(6)}${firstF1 ? ` ${"first f1".padStart(8)}` : ""}`,
  ];
  for (const s of report.labels) {
    lines.push(
      `  ${s.label.padEnd(20)} ${String(s.support).padStart(7)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)}${firstF1 ? ` ${first(s.label).padStart(8)}` : ""}`,
    );
  }
  return lines.join("\n");
}
