import { analyzeApology, analyzeMessage } from "@mend/core/coach/index";
import type { BenchResult } from "./result.ts";

const targetMs = 5;

/** Sentences in the voice of real drafts, mixed so each text exercises many rules. */
const pool = [
  "I'm so sorry I lied to you about where I was on Friday.",
  "It was my fault and nobody else's.",
  "I was exhausted after work, but that's no excuse.",
  "It was just a few messages, nothing happened.",
  "I'm sorry if you felt hurt by what I said.",
  "You're overreacting, it was one dinner.",
  "From now on I'll tell you where I am before you have to ask.",
  "What can I do to make this right?",
  "I hope one day you can forgive me.",
  "You never listen to me when I talk about money.",
  "I feel lonely when you're on your phone at dinner.",
  "It sounds like you felt invisible at the party.",
  "Thank you for telling me the truth, even though it was hard.",
  "You're so selfish, and honestly it's exhausting.",
  "What about the time you read my messages?",
  "I'm done talking about this.",
  "You're not allowed to see your friends without me.",
  "I understand why you're angry, and you have every right to be.",
  "If you hadn't pushed me away, I wouldn't have looked elsewhere.",
  "Can we please just move on now?",
];

/** A small deterministic generator, so every run measures the same texts. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function textsOf(count: number, length: number): string[] {
  const next = seeded(7);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    while (text.length < length) text += `${pool[Math.floor(next() * pool.length)] ?? ""} `;
    texts.push(text.slice(0, length));
  }
  return texts;
}

interface Timing {
  mean: number;
  p50: number;
  p95: number;
  max: number;
}

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { mean: sorted.reduce((s, x) => s + x, 0) / sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

/**
 * Wall-clock time, and the CPU time this process spent: on a shared machine the second is the fair
 * measure of the coach itself, since waiting for a turn on the processor is not work it does.
 */
function time(analyze: (text: string) => unknown, texts: string[]): { wall: Timing; cpu: Timing } {
  for (const text of texts.slice(0, 50)) analyze(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const text of texts) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    analyze(text);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: summarize(wall), cpu: summarize(cpu) };
}

/** Times the coach on 1,000-character drafts, in the shape run.ts reports. */
export function measureCoach(): BenchResult {
  const texts = textsOf(500, 1000);
  const ms = (n: number): string => `${n.toFixed(2)} ms`;
  const lines: string[] = [];
  let passed = true;
  for (const [name, analyze] of [
    ["apology", analyzeApology],
    ["message", analyzeMessage],
  ] as const) {
    const { wall, cpu } = time(analyze, texts);
    if (cpu.mean >= targetMs) passed = false;
    const show = (t: Timing): string =>
      `mean ${ms(t.mean)}, p50 ${ms(t.p50)}, p95 ${ms(t.p95)}, max ${ms(t.max)}`;
    lines.push(`${name}, 1000 chars x ${texts.length}, CPU time:  ${show(cpu)}`);
    lines.push(`${name}, 1000 chars x ${texts.length}, wall clock: ${show(wall)}`);
  }
  return {
    name: "language coach",
    lines,
    target: `mean CPU time under ${targetMs} ms per 1,000 characters`,
    passed,
  };
}
