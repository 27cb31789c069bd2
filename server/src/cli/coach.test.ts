import { Readable, Writable } from "node:stream";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { type CoachIo, registerCoachCommands } from "./coach.ts";

interface Captured {
  io: CoachIo;
  out: () => string;
  err: () => string;
  exitCode: () => number | undefined;
}

function capture(input: string, isTTY = false): Captured {
  let out = "";
  let err = "";
  let code: number | undefined;
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const stdin = Object.assign(Readable.from([input]), { isTTY });
  return {
    io: {
      stdin,
      stdout: sink((s) => {
        out += s;
      }),
      stderr: sink((s) => {
        err += s;
      }),
      setExitCode: (c) => {
        code = c;
      },
    },
    out: () => out,
    err: () => err,
    exitCode: () => code,
  };
}

async function runCli(args: string[], input = "", isTTY = false): Promise<Captured> {
  const captured = capture(input, isTTY);
  const program = new Command().exitOverride();
  registerCoachCommands(program, captured.io);
  await program.parseAsync(args, { from: "user" });
  return captured;
}

describe("mend coach", () => {
  it("prints one JSON analysis for a text argument", async () => {
    const run = await runCli(["coach", "apology", "I'm sorry if you were hurt."]);
    const result = JSON.parse(run.out());
    expect(result.labels).toEqual(["conditional"]);
    expect(result.findings[0].text).toContain("sorry if");
    expect(result.missing).toContain("responsibility");
    expect(run.exitCode()).toBeUndefined();
  });

  it("answers each JSON line with one JSON line, in order", async () => {
    const input = `${JSON.stringify("You never listen.")}\n${JSON.stringify("Thank you for telling me.")}\n`;
    const run = await runCli(["coach", "message", "--jsonl"], input);
    const lines = run
      .out()
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.labels)).toEqual([["generalization"], ["appreciation"]]);
    expect(lines[0].findings[0]).toMatchObject({ label: "generalization", text: "You never" });
    expect(run.exitCode()).toBeUndefined();
  });

  it("reports a line that is not JSON, carries on, and exits with 1 at the end", async () => {
    const input = `"I'm sorry."\nnot json\n"Please forgive me."\n`;
    const run = await runCli(["coach", "apology", "--jsonl"], input);
    const lines = run
      .out()
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].labels).toEqual(["regret"]);
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].labels).toEqual(["forgiveness_request"]);
    expect(run.exitCode()).toBe(1);
  });

  it("accepts labelled fixture lines with a text field", async () => {
    const run = await runCli(["coach", "message", "--jsonl"], `{"text":"You're pathetic.","labels":[]}\n`);
    expect(JSON.parse(run.out()).labels).toEqual(["contempt"]);
  });

  it("reads the draft from standard input when no text is given", async () => {
    const run = await runCli(["coach", "message"], "I'm done talking about this.");
    expect(JSON.parse(run.out()).labels).toEqual(["stonewalling"]);
  });

  it("explains how to use it when there is nothing to read", async () => {
    const run = await runCli(["coach", "apology"], "", true);
    expect(run.out()).toBe("");
    expect(run.err()).toMatch(/--jsonl/);
    expect(run.exitCode()).toBe(1);
  });
});
