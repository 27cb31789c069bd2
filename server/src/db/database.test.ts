import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { migratedDataDir } from "../../test/support/databases.ts";
import { mendArgs } from "../../test/support/server-process.ts";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.ts";
import { durableStartParams, openPglite } from "./pglite.ts";

const serverRoot = fileURLToPath(new URL("../..", import.meta.url));
const scratch: string[] = [];
/**
 * A folder of its own holding a migrated database (copied, since creating one from nothing takes
 * seconds; the first start is tested in startup.test.ts).
 */
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-db-"));
  scratch.push(dir);
  return migratedDataDir(dir);
};

afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database", () => {
  it("runs PostgreSQL with fsync on", async () => {
    expect(durableStartParams).not.toContain("-F");
    const handle = await openPglite(tempDir());
    try {
      const result = await handle.db.execute(sql`show fsync`);
      expect(JSON.stringify(result)).toContain('"fsync":"on"');
    } finally {
      await handle.close();
    }
  });

  it("keeps data across a clean close and reopen", async () => {
    const dir = tempDir();
    const first = await openPglite(dir);
    await first.db.execute(sql`create table kept (value text)`);
    await first.db.execute(sql`insert into kept values ('still here')`);
    await first.close();
    const second = await openPglite(dir);
    try {
      const result = await second.db.execute(sql`select value from kept`);
      expect(JSON.stringify(result)).toContain("still here");
    } finally {
      await second.close();
    }
  });

  it("refuses a second opener of the same data directory in this process", async () => {
    const dir = tempDir();
    const handle = await openPglite(dir);
    try {
      await expect(openPglite(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await handle.close();
    }
  });

  it("takes over a lock left behind by a process that died", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "mend.lock"), "999999999");
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "mend.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "mend.lock"))).toBe(false);
  });

  it("makes a second `mend` process exit with a clear message while one is running", async () => {
    const dir = tempDir();
    const handle = await openPglite(dir);
    try {
      const child = spawn(process.execPath, mendArgs(["migrate"]), {
        cwd: serverRoot,
        env: { ...process.env, MEND_DATA_DIR: dir, DATABASE_URL: "" },
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expect(stderr).toMatch(/Another Mend process \(pid \d+\) is already using the data directory/);
    } finally {
      await handle.close();
    }
  });
});
