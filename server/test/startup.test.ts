import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchPostgres, databaseKinds } from "./support/databases.ts";
import { runMend, spawnMend } from "./support/server-process.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-startup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Holds a port the way another program would, for as long as the test needs it. */
async function occupyPort(): Promise<{ port: number; release(): Promise<void> }> {
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  const address = holder.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return { port: address.port, release: () => new Promise((resolve) => holder.close(() => resolve())) };
}

describe("starting `mend serve` on a port another program holds", () => {
  for (const how of ["--port", "PORT"] as const) {
    it(`says which port is taken and how to choose another, without a stack trace (given by ${how})`, async () => {
      const taken = await occupyPort();
      const dataDir = path.join(dir, `taken-${how}`);
      try {
        const { code, stdout, stderr } = await runMend(
          how === "--port" ? ["serve", "--port", String(taken.port)] : ["serve"],
          {
            MEND_DATA_DIR: dataDir,
            DATABASE_URL: "",
            ...(how === "PORT" ? { PORT: String(taken.port) } : {}),
          },
        );
        expect(code).toBe(1);
        expect(stderr).toContain(`Port ${taken.port} is already in use`);
        expect(stderr).toContain("--port");
        expect(stderr).toContain("PORT environment variable");
        expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
        expect(stderr.trim().split("\n")).toHaveLength(1);
        // It says so before the slow part: no database was created for a server that cannot start.
        expect(stdout).not.toContain("database");
        expect(fs.existsSync(path.join(dataDir, "mend.lock"))).toBe(false);
      } finally {
        await taken.release();
      }
    });
  }
});

describe.each(databaseKinds)("what `mend serve` says while it starts, on %s", (kind) => {
  // Starts a real server once or twice: slow on a busy machine, which is not wrong.
  it("names each step before it begins, then the address it is running at", {
    timeout: 180_000,
  }, async () => {
    const scratch = kind === "postgres" ? await createScratchPostgres() : undefined;
    const env: Record<string, string> = scratch
      ? { DATABASE_URL: scratch.url }
      : { MEND_DATA_DIR: path.join(dir, "progress"), DATABASE_URL: "" };
    const steps = (opening: RegExp) => [
      /^Loading Mend…$/,
      opening,
      /^Preparing the web app…$/,
      /^Bringing the database up to date…$/,
      /^Mend is running at http:\/\/localhost:\d+ using /,
    ];
    const expectLines = (output: string, expected: RegExp[]) => {
      const lines = output.trim().split("\n");
      expect(lines).toHaveLength(expected.length);
      for (const [index, line] of lines.entries()) expect(line).toMatch(expected[index] as RegExp);
    };
    try {
      const first = await spawnMend(env);
      first.child.kill("SIGTERM");
      expect(await first.exited).toBe(0);
      expectLines(
        first.startupOutput,
        steps(
          scratch
            ? /^Connecting to PostgreSQL \(DATABASE_URL\)…$/
            : /^Creating the embedded database in .+ \(the first start takes longest\)…$/,
        ),
      );
      if (!scratch) {
        const again = await spawnMend(env);
        again.child.kill("SIGTERM");
        expect(await again.exited).toBe(0);
        expectLines(again.startupOutput, steps(/^Opening the embedded database in .+…$/));
      }
    } finally {
      await scratch?.drop();
    }
  });
});
