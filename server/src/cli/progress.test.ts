import { describe, expect, it } from "vitest";
import { terminalProgress } from "./progress.ts";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe("progress of long commands", () => {
  it("counts steps on one terminal line and clears it when done", () => {
    const { stream, written } = fakeStream(true);
    const progress = terminalProgress("Backing up", stream);
    progress.report(3, 41, "tables (spaces)");
    progress.finish();
    expect(written.join("")).toContain("Backing up: 3 of 41 tables (spaces)");
    expect(written.at(-1)).toBe("\r\u001b[2K");
  });

  it("says nothing when the output goes to a pipe or a file", () => {
    const { stream, written } = fakeStream(false);
    const progress = terminalProgress("Backing up", stream);
    progress.report(1, 2, "tables");
    progress.finish();
    expect(written).toEqual([]);
  });
});
