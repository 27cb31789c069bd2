import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createScratchPostgres, databaseKinds, migratedDataDir } from "./support/databases.ts";
import { signUp, spaceInput, testPassword } from "./support/factories.ts";
import { TestClient } from "./support/http-client.ts";
import { spawnMend } from "./support/server-process.ts";

/**
 * Kills `mend serve` with SIGKILL in the middle of a burst of writes, restarts it, and checks that
 * every write it acknowledged with a 2xx is still there. MEND_CRASH_ROUNDS raises the count.
 */
const rounds = Number(process.env.MEND_CRASH_ROUNDS ?? 5);
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function burstUntilKilled(client: TestClient, kill: () => void): Promise<string[]> {
  const acknowledged: string[] = [];
  const deadline = Date.now() + 150 + Math.random() * 600;
  let killed = false;
  const writer = async () => {
    while (!killed) {
      if (Date.now() >= deadline && !killed) {
        killed = true;
        kill();
        break;
      }
      try {
        const response = await client.post(
          "/api/spaces",
          spaceInput({ otherName: `n${acknowledged.length}` }),
        );
        if (response.status === 201) acknowledged.push(response.body.id);
      } catch {
        // The connection died with the server: that write was never acknowledged.
        return;
      }
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
  return acknowledged;
}

describe.each(databaseKinds)("acknowledged writes survive kill -9 on %s", (kind) => {
  it(`keeps every acknowledged write over ${rounds} crash rounds`, {
    timeout: 60_000 + rounds * 20_000,
  }, async () => {
    const env: Record<string, string> = { DATABASE_URL: "" };
    if (kind === "pglite") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-crash-"));
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      env.MEND_DATA_DIR = migratedDataDir(dir);
    } else {
      const scratch = await createScratchPostgres(inject("postgresTemplateName"));
      cleanups.push(scratch.drop);
      env.DATABASE_URL = scratch.url;
    }
    const promised = new Map<string, string[]>();
    let total = 0;
    for (let round = 0; round <= rounds; round++) {
      const server = await spawnMend(env);
      try {
        for (const [email, ids] of promised) {
          const client = new TestClient(server.baseUrl);
          expect((await client.post("/api/auth/login", { email, password: testPassword })).status).toBe(200);
          const listed = new Set(
            ((await client.get("/api/spaces")).body.spaces as { id: string }[]).map((s) => s.id),
          );
          const lost = ids.filter((id) => !listed.has(id));
          expect({ round, lost }).toEqual({ round, lost: [] });
        }
        if (round === rounds) break;
        const client = new TestClient(server.baseUrl);
        const { email } = await signUp(client, `Crash${round}`);
        const acknowledged = await burstUntilKilled(client, () => server.child.kill("SIGKILL"));
        promised.set(email, acknowledged);
        total += acknowledged.length;
        await server.exited;
      } finally {
        if (server.child.exitCode === null && server.child.signalCode === null) {
          server.child.kill("SIGTERM");
          await server.exited;
        }
      }
    }
    expect(total).toBeGreaterThan(0);
  });
});
