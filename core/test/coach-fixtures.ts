import { z } from "zod";
import { analyzeApology } from "../src/coach/apology/analyze.ts";
import {
  type EvaluationReport,
  evaluate,
  type LabelledExample,
  parseExamples,
} from "../src/coach/evaluate.ts";
import {
  type ApologyLabel,
  apologyLabels,
  type CoachLabel,
  isApologyLabel,
  isMessageLabel,
  type MessageLabel,
  messageLabels,
} from "../src/coach/labels.ts";
import { analyzeMessage } from "../src/coach/message/analyze.ts";

/**
 * Core is typed without Node on purpose (it must run in browsers), so the places that read the
 * fixture files reach Node through this narrow, typed door instead of pulling in all of @types/node.
 */
interface NodeHost {
  process: {
    getBuiltinModule(id: "node:fs"): {
      readFileSync(path: string, encoding: "utf8"): string;
      writeFileSync(path: string, data: string): void;
      readdirSync(path: string): string[];
      existsSync(path: string): boolean;
    };
    argv: string[];
    exitCode?: number;
  };
  console: { log(text: string): void };
}

export const host = globalThis as unknown as NodeHost;

const fs = () => host.process.getBuiltinModule("node:fs");
const here = (import.meta as ImportMeta & { dirname: string }).dirname;
export const fixturesDir = `${here}/fixtures`;
const registryPath = `${fixturesDir}/sets.json`;
/** Where sets written blind arrive, as `<name>.jsonl`. */
export const blindDir = "blind";

const firstScoreSchema = z.object({
  /** When, and against which rules, the set was first scored. */
  measured: z.string().min(1),
  macroF1: z.number().min(0).max(1),
  labelF1: z.record(z.string(), z.number().min(0).max(1)),
});
export type FirstScore = z.infer<typeof firstScoreSchema>;

const setSchema = z.object({
  name: z.string().min(1),
  /** Relative to core/test/fixtures. */
  file: z.string().min(1),
  analyzer: z.enum(["apology", "message"]),
  /** Blind: only ever scored. Tuning: may be read, and its misses used, to change the rules. */
  status: z.enum(["tuning", "blind"]),
  /** Whether CI holds the set to the fixture bar. Only tuning sets can gate. */
  gate: z.boolean().default(false),
  /** Who wrote it and how, in a sentence. */
  origin: z.string().min(1),
  firstScore: firstScoreSchema.optional(),
});
export type CoachSet = z.infer<typeof setSchema>;

const registrySchema = z.object({ about: z.string(), sets: z.array(setSchema) });
type Registry = z.infer<typeof registrySchema>;

function readRegistry(): Registry {
  return registrySchema.parse(JSON.parse(fs().readFileSync(registryPath, "utf8")));
}

export const registeredSets = (): CoachSet[] => readRegistry().sets;

/**
 * Every set in the registry, then every blind file not yet in it: a set dropped into blind/ is
 * scored as blind from the first run, before anyone has registered it.
 */
export function coachSets(): CoachSet[] {
  const sets = registeredSets();
  const known = new Set(sets.map((s) => s.file));
  const dir = `${fixturesDir}/${blindDir}`;
  const arrived = fs().existsSync(dir)
    ? fs()
        .readdirSync(dir)
        .filter((name) => name.endsWith(".jsonl"))
        .sort()
        .map((name) => `${blindDir}/${name}`)
        .filter((file) => !known.has(file))
    : [];
  return [
    ...sets,
    ...arrived.map(
      (file): CoachSet => ({
        name: file.slice(blindDir.length + 1, -".jsonl".length),
        file,
        analyzer: analyzerOfFile(file),
        status: "blind",
        gate: false,
        origin: "Written blind; not yet in the registry.",
      }),
    ),
  ];
}

/** A blind file says which analyzer it is for in its name: "apology-texting.jsonl", "message-family.jsonl". */
function analyzerOfFile(file: string): CoachSet["analyzer"] {
  const base = file.slice(file.lastIndexOf("/") + 1);
  if (base.includes("apolog")) return "apology";
  if (base.includes("message")) return "message";
  throw new Error(`${file}: say "apology" or "message" in the file name, or register it in sets.json`);
}

export function readSet(set: CoachSet): LabelledExample<CoachLabel>[] {
  const source = fs().readFileSync(`${fixturesDir}/${set.file}`, "utf8");
  return set.analyzer === "apology"
    ? parseExamples(source, isApologyLabel)
    : parseExamples(source, isMessageLabel);
}

export function scoreSet(set: CoachSet): EvaluationReport<CoachLabel> {
  const examples = readSet(set);
  return set.analyzer === "apology"
    ? evaluate(examples as LabelledExample<ApologyLabel>[], analyzeApology, apologyLabels)
    : evaluate(examples as LabelledExample<MessageLabel>[], analyzeMessage, messageLabels);
}

/** The first score of a report, rounded as it is kept. */
export function firstScoreOf(report: EvaluationReport, measured: string): FirstScore {
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return {
    measured,
    macroF1: round(report.macroF1),
    labelF1: Object.fromEntries(report.labels.map((s) => [s.label, round(s.f1)])),
  };
}

/**
 * Adds the given sets to the registry with their first score, leaving every set already there, and
 * every first score already kept, exactly as it was.
 */
export function recordFirstScores(scored: readonly { set: CoachSet; first: FirstScore }[]): void {
  const registry = readRegistry();
  for (const { set, first } of scored) {
    const kept = registry.sets.find((s) => s.file === set.file);
    if (kept) {
      if (kept.firstScore === undefined) kept.firstScore = first;
    } else {
      registry.sets.push({ ...set, gate: false, origin: "Written blind.", firstScore: first });
    }
  }
  fs().writeFileSync(registryPath, `${JSON.stringify(registry, null, 2)}\n`);
}
