import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Database } from "../db/database.ts";
import { type AccountOperation, runAccountOperation } from "./account-operation.ts";
import { takeBackup } from "./backup.ts";

/**
 * While Mend serves from its embedded database, that process alone may open the folder. Commands
 * that need the database meanwhile (`mend backup`, `mend account …`) ask it over a socket inside the data folder,
 * which only the operating-system user who runs Mend can open: it grants nothing that user could
 * not already do by reading the folder.
 */
export function adminSocketPath(dataDir: string): string {
  return path.join(dataDir, "admin.sock");
}

export async function serveAdminSocket(dataDir: string, db: Database): Promise<() => Promise<void>> {
  const socketPath = adminSocketPath(dataDir);
  // A socket left by a process that was killed would refuse the new listener; the folder lock
  // already proved that no other Mend uses this folder.
  fs.rmSync(socketPath, { force: true });
  const server = http.createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (request.method !== "POST" || (request.url !== "/backup" && request.url !== "/account")) {
      response.writeHead(404).end();
      return;
    }
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      const asked = JSON.parse(body || "{}") as { file?: unknown } & Partial<AccountOperation>;
      if (request.url === "/account") {
        runAccountOperation(db, asked as AccountOperation).then(
          (result) => answer(200, result),
          (error: unknown) => answer(400, { error: (error as Error).message }),
        );
        return;
      }
      const { file } = asked;
      if (typeof file !== "string" || !path.isAbsolute(file)) {
        answer(400, { error: "Name the backup file by its full path." });
        return;
      }
      takeBackup(db, file).then(
        (summary) => answer(200, summary),
        (error: unknown) => answer(500, { error: (error as Error).message }),
      );
    });
  });
  const previousMask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(socketPath, resolve);
    });
  } finally {
    process.umask(previousMask);
  }
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(socketPath, { force: true });
    });
}

/** Asks the Mend process serving `dataDir` to do something over its admin socket; resolves to its answer. */
export function askRunningServer<T>(
  dataDir: string,
  path: string,
  body: unknown,
  command: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { socketPath: adminSocketPath(dataDir), method: "POST", path },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () => {
          const answer = JSON.parse(text || "{}");
          if (response.statusCode === 200) resolve(answer);
          else reject(new Error(answer.error ?? `The running Mend answered ${response.statusCode}.`));
        });
      },
    );
    request.on("error", (error) =>
      reject(
        new Error(
          `Mend is running on ${dataDir} but did not answer on its admin socket (${error.message}). ` +
            `Stop it and run \`${command}\` again.`,
        ),
      ),
    );
    request.end(JSON.stringify(body));
  });
}

/** Asks the Mend process serving `dataDir` to write a backup to `file`; resolves to its summary. */
export function backupThroughRunningServer(
  dataDir: string,
  file: string,
): Promise<{ file: string; rows: number; sha256: string }> {
  return askRunningServer(dataDir, "/backup", { file }, "mend backup");
}
