import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migratedDataDir } from "./support/databases.ts";
import { signUp, testPassword } from "./support/factories.ts";
import { TestClient } from "./support/http-client.ts";
import { spawnMend } from "./support/server-process.ts";

const dir = migratedDataDir(fs.mkdtempSync(path.join(os.tmpdir(), "mend-shutdown-")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("stopping `mend serve` on the embedded database", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`exits cleanly on ${signal}, releases its lock and keeps the data`, async () => {
      const first = await spawnMend({ MEND_DATA_DIR: dir, DATABASE_URL: "" });
      const { email } = await signUp(new TestClient(first.baseUrl), signal);
      expect(fs.existsSync(path.join(dir, "mend.lock"))).toBe(true);
      first.child.kill(signal);
      expect(await first.exited).toBe(0);
      expect(fs.existsSync(path.join(dir, "mend.lock"))).toBe(false);

      const second = await spawnMend({ MEND_DATA_DIR: dir, DATABASE_URL: "" });
      try {
        const login = await new TestClient(second.baseUrl).post("/api/auth/login", {
          email,
          password: testPassword,
        });
        expect(login.status).toBe(200);
      } finally {
        second.child.kill("SIGTERM");
        await second.exited;
      }
    });
  }
});
