import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The neutral page quick exit goes to. Tests answer it with page.route: there is no internet here. */
export const quickExitUrl = "https://quick-exit.example/";
/** Stands in for wherever someone was before opening Mend, so Back has somewhere to go. */
export const elsewhereUrl = "https://elsewhere.example/";

/** Finds a free port by briefly listening on port 0 (synchronously, since the config is loaded synchronously). */
function freePort(): string {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}

/**
 * The config file is loaded again in every worker. Keeping the port in the environment makes the main
 * process choose it once and the workers inherit the same value.
 */
process.env.MEND_E2E_PORT ??= freePort();
export const port = process.env.MEND_E2E_PORT;
export const baseURL = `http://127.0.0.1:${port}`;

export function chromiumPath(): string {
  const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `The end-to-end tests need Chromium, and none was found at ${executablePath}. ` +
        "Install it with `apt-get install chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome executable. " +
        "These tests never download a browser.",
    );
  }
  return executablePath;
}
