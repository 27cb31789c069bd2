import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseURL, port, quickExitUrl, repoRoot } from "./env.ts";
import { startMailServer } from "./mailbox.ts";

const startTimeoutMs = 120_000;
const stopTimeoutMs = 15_000;

/** The test script builds the web app first; a bare `playwright test` builds it only when it is missing. */
function ensureWebBuilt() {
  if (fs.existsSync(path.join(repoRoot, "web/dist/index.html"))) return;
  execFileSync("npm", ["run", "build", "-w", "@mend/web"], { cwd: repoRoot, stdio: "inherit" });
}

async function waitUntilServing(server: ChildProcess, log: () => string) {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(
        `The Mend server stopped before it was ready (exit code ${server.exitCode}).\n${log()}`,
      );
    }
    try {
      const response = await fetch(`${baseURL}/api/config`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The Mend server did not answer within ${startTimeoutMs / 1000} seconds.\n${log()}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill("SIGKILL"), stopTimeoutMs);
    server.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    // SIGTERM lets the server drain and close its embedded database cleanly.
    server.kill("SIGTERM");
  });
}

/**
 * Starts the real server on a fresh embedded database holding only the demo pair (see `mend demo`),
 * sending its email to a mail server of our own; the returned function stops both and cleans up.
 */
export default async function globalSetup() {
  ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-e2e-"));
  // Tests that act as whoever runs Mend (`mend account …`) run the command line on this folder.
  process.env.MEND_E2E_DATA_DIR = dataDir;
  const logFile = path.join(repoRoot, "e2e/test-results/server.log");
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const logStream = fs.createWriteStream(logFile);
  let recent = "";
  // Tests read the email Mend sends from this folder (see mailbox.ts), found by the recipient's address.
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-e2e-mail-"));
  process.env.MEND_E2E_MAIL_DIR = mailDir;
  const mailServer = await startMailServer(mailDir);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MEND_DATA_DIR: dataDir,
    MEND_QUICK_EXIT_URL: quickExitUrl,
    HOST: "127.0.0.1",
    // Links in emails must open the address the browsers use, not localhost.
    MEND_PUBLIC_URL: baseURL,
    MEND_SMTP_URL: mailServer.url,
    MEND_MAIL_FROM: "Mend <mend@e2e.example>",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  delete env.DATABASE_URL;
  delete env.PORT;

  // The demo pair and their two months of check-ins, for the tests that need a history to look at.
  try {
    execFileSync(process.execPath, [path.join(repoRoot, "server/bin/mend.js"), "demo"], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (error) {
    await mailServer.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(mailDir, { recursive: true, force: true });
    throw error;
  }

  const server = spawn(
    process.execPath,
    [path.join(repoRoot, "server/bin/mend.js"), "serve", "--port", port],
    {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      logStream.write(chunk);
      recent = (recent + chunk.toString()).slice(-4000);
    });
  }

  const cleanUp = async () => {
    await stop(server);
    await mailServer.close();
    logStream.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(mailDir, { recursive: true, force: true });
  };

  try {
    await waitUntilServing(server, () => recent);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}
