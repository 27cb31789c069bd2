import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { baseURL, repoRoot } from "./env.ts";

const run = promisify(execFile);

/** A reset link for an account, made as whoever runs Mend makes one: `mend account reset-link`. */
export async function resetLinkFor(email: string): Promise<string> {
  const dataDir = process.env.MEND_E2E_DATA_DIR;
  if (!dataDir) throw new Error("The end-to-end setup did not say where the server keeps its data.");
  const { stdout } = await run(
    process.execPath,
    [path.join(repoRoot, "server/bin/mend.js"), "account", "reset-link", email],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        MEND_DATA_DIR: dataDir,
        MEND_PUBLIC_URL: baseURL,
        DATABASE_URL: "",
        LOG_LEVEL: "warn",
      },
    },
  );
  return stdout.split("\n")[0] ?? "";
}
