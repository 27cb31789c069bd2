import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import {
  type ApologyAnalysis,
  analyzeApology,
  analyzeMessage,
  type MessageAnalysis,
} from "@mend/core/coach/index";
import type { Command } from "commander";

/** Where the coach commands read and write; tests pass their own streams. */
export interface CoachIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** Sets the exit code without ending the process, so the caller decides when to exit. */
  setExitCode(code: number): void;
}

const processIo = (): CoachIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  setExitCode: (code) => {
    process.exitCode = code;
  },
});

type Analysis = ApologyAnalysis | MessageAnalysis;

const analyzers: Record<"apology" | "message", (text: string) => Analysis> = {
  apology: analyzeApology,
  message: analyzeMessage,
};

interface CoachOptions {
  jsonl?: boolean;
  pretty?: boolean;
}

/**
 * A line holds one JSON string. A `{"text": ...}` object is accepted too, so a labelled fixture
 * file can be piped in as it is.
 */
function textOf(line: string): string {
  const value: unknown = JSON.parse(line);
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && typeof (value as { text?: unknown }).text === "string") {
    return (value as { text: string }).text;
  }
  throw new Error("expected a JSON string");
}

async function runJsonl(io: CoachIo, analyze: (text: string) => Analysis): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let failed = false;
  let number = 0;
  for await (const line of lines) {
    number++;
    let out: string;
    try {
      out = JSON.stringify(analyze(textOf(line)));
    } catch (error) {
      failed = true;
      const reason =
        error instanceof SyntaxError ? `invalid JSON: ${error.message}` : (error as Error).message;
      out = JSON.stringify({ error: reason, line: number });
    }
    io.stdout.write(`${out}\n`);
  }
  if (failed) io.setExitCode(1);
}

async function readAll(input: Readable): Promise<string> {
  const chunks: string[] = [];
  input.setEncoding("utf8");
  for await (const chunk of input) chunks.push(String(chunk));
  return chunks.join("");
}

async function run(
  kind: keyof typeof analyzers,
  text: string | undefined,
  options: CoachOptions,
  io: CoachIo,
) {
  const analyze = analyzers[kind];
  if (options.jsonl) return runJsonl(io, analyze);
  if (text === undefined && io.stdin.isTTY) {
    io.stderr.write(`Give the ${kind} as an argument, pipe it in, or use --jsonl.\n`);
    io.setExitCode(1);
    return;
  }
  const draft = text ?? (await readAll(io.stdin));
  io.stdout.write(`${JSON.stringify(analyze(draft), null, options.pretty ? 2 : undefined)}\n`);
}

/**
 * Adds `coach apology [text]` and `coach message [text]`. With a text, prints one JSON analysis.
 * With `--jsonl`, reads one JSON string per line from standard input and prints one JSON line per
 * input line, in order; a line that is not valid JSON gets `{"error": ...}` and the command ends
 * with exit code 1 once every line is done.
 */
export function registerCoachCommands(program: Command, io: CoachIo = processIo()): void {
  const coach = program
    .command("coach")
    .description("point at the words in a draft that help the other person hear you, and those that hurt");
  const descriptions = {
    apology: "read a draft apology: which of the six parts it has, and what undoes it",
    message: "read a message for a hard conversation: what keeps it open and what shuts it down",
  } as const;
  for (const kind of ["apology", "message"] as const) {
    coach
      .command(`${kind} [text]`)
      .description(descriptions[kind])
      .option("--jsonl", "read one JSON string per line from standard input; print one JSON object per line")
      .option("--pretty", "indent the JSON (single text only)")
      .action((text: string | undefined, options: CoachOptions) => run(kind, text, options, io));
  }
}
