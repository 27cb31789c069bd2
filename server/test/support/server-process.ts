import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

const serverRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What runs `mend` with `args` (after `node`): the bundle built once for this run (see
 * template-databases.ts), which starts as `npm start` does, without transpiling every source file.
 */
export const mendArgs = (args: readonly string[]): string[] => [inject("mendBundle"), ...args];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  baseUrl: string;
  exited: Promise<number | null>;
  /** Everything it printed to stdout until it was ready. */
  startupOutput: string;
}

/** Runs `mend serve` as a real process, as an operator would, and waits until it accepts requests. */
export async function spawnMend(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, mendArgs(["serve", "--port", String(port)]), {
    cwd: serverRoot,
    env: { ...process.env, LOG_LEVEL: "warn", HOST: "127.0.0.1", ...env },
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let output = "";
  let stdout = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
      if (output.includes("Mend is running")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) =>
      reject(new Error(`mend serve exited (${code}) before it was ready:\n${output}`)),
    );
  });
  return { child, baseUrl: `http://127.0.0.1:${port}`, exited, startupOutput: stdout };
}

/** Runs a `mend` command to its end and returns its exit code and what it printed. */
export async function runMend(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, mendArgs(args), {
    cwd: serverRoot,
    env: { ...process.env, LOG_LEVEL: "warn", HOST: "127.0.0.1", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", (exit) => resolve(exit)));
  return { code, stdout, stderr };
}
