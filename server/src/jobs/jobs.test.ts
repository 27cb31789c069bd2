import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Registry } from "prom-client";
import { afterAll, describe, expect, it } from "vitest";
import {
  createScratchPostgres,
  databaseKinds,
  migratedDataDir,
  openTestDatabase,
} from "../../test/support/databases.ts";
import { readConfig } from "../config.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { openPostgres } from "../db/postgres.ts";
import { accounts } from "../features/accounts/tables.ts";
import { addJobMetrics } from "../http/metrics.ts";
import {
  automaticBackupJob,
  automaticBackupName,
  catchUpMissedBackup,
  isBackupMissed,
  lastBackupTime,
  serverTimeZone,
  takeAutomaticBackup,
} from "../operations/automatic-backups.ts";
import { restoreBackup, takeBackup } from "../operations/backup.ts";
import { verifyBackup } from "../operations/backup-file.ts";
import { storedTables } from "../operations/catalog.ts";
import { type RunningServer, startServer } from "../serve.ts";
import { type EngineTiming, type JobDefinition, type JobLog, jobSchema, startJobEngine } from "./engine.ts";

const quick: EngineTiming = { pollSeconds: 0.5, scheduleCheckSeconds: 1 };
const everyMinute = { cron: "* * * * *", timeZone: "UTC" };

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-jobs-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A log that keeps every line, to check what failures say. */
function recordingLog(): JobLog & { lines: string[] } {
  const lines: string[] = [];
  const record = (fields: unknown, message?: string) => {
    lines.push(`${message ?? ""} ${JSON.stringify(fields)}`);
  };
  return { lines, error: record, warn: record } as unknown as JobLog & { lines: string[] };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function jobStates(handle: DatabaseHandle, queue: string): Promise<string[]> {
  const { rows } = (await handle.executeSql(
    `select state::text from ${jobSchema}.job where name = $1 order by created_on`,
    [queue],
  )) as { rows: { state: string }[] };
  return rows.map((row) => row.state);
}

const automaticBackupsIn = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.startsWith("mend-auto-")) : [];

describe.each(databaseKinds)("the job engine on %s", (kind) => {
  it("runs the scheduled backup, which writes a whole backup file, and stops without leaving work behind", async () => {
    const handle = await openTestDatabase(kind);
    const dir = path.join(folder, `scheduled-${kind}`);
    let queries = 0;
    const counting = {
      executeSql(text: string, values?: unknown[]) {
        queries += 1;
        return handle.executeSql(text, values);
      },
    };
    try {
      const engine = await startJobEngine(counting, [automaticBackupJob(handle.db, dir, everyMinute)], {
        log: recordingLog(),
        timing: quick,
      });
      try {
        await until(async () => (await jobStates(handle, "backups")).includes("completed"), "the backup");
      } finally {
        await engine.stop();
      }
      const [file, ...others] = automaticBackupsIn(dir);
      expect(others).toEqual([]);
      const header = await verifyBackup(path.join(dir, file ?? ""));
      expect(header.tables).toContain("accounts");
      expect(header.tables.some((table) => table.startsWith(jobSchema))).toBe(false);
      expect(fs.statSync(path.join(dir, file ?? "")).mode & 0o777).toBe(0o600);

      const afterStop = queries;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(queries).toBe(afterStop);
    } finally {
      await handle.close();
    }
  });

  it("prunes automatic backups to the last 7 days and 4 weeks, and leaves other files alone", async () => {
    const handle = await openTestDatabase(kind);
    const dir = path.join(folder, `retention-${kind}`);
    fs.mkdirSync(dir, { recursive: true });
    const now = new Date("2026-12-07T03:00:00Z");
    for (let daysAgo = 1; daysAgo <= 60; daysAgo += 1) {
      fs.writeFileSync(
        path.join(dir, automaticBackupName(new Date(now.getTime() - daysAgo * 86_400_000))),
        "",
      );
    }
    const byHand = [
      "mend-backup-2026-01-01T00-00-00-000Z.jsonl.gz",
      "mend-before-0.1.0-x.jsonl.gz",
      "notes.txt",
    ];
    for (const name of byHand) fs.writeFileSync(path.join(dir, name), "");
    try {
      const { file, removed } = await takeAutomaticBackup(handle.db, dir, "UTC", now);
      expect(removed).toHaveLength(50);
      const left = automaticBackupsIn(dir).sort();
      expect(left).toHaveLength(11);
      expect(left).toContain(path.basename(file));
      expect(left.map((name) => name.slice(10, 20))).toEqual([
        "2026-11-15",
        "2026-11-22",
        "2026-11-29",
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-04",
        "2026-12-05",
        "2026-12-06",
        "2026-12-07",
      ]);
      for (const name of byHand) expect(fs.existsSync(path.join(dir, name))).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it("makes up at start for a backup missed while the server was off, once, and not on an empty server", async () => {
    const handle = await openTestDatabase(kind);
    const dir = path.join(folder, `missed-${kind}`);
    const daily = { cron: "0 3 * * *", timeZone: "UTC" };
    const job = automaticBackupJob(handle.db, dir, daily);
    try {
      // Nothing to keep yet: no backup is owed, however long ago the backup hour was.
      expect(await isBackupMissed(handle.db, dir, daily)).toBe(false);

      await handle.db.insert(accounts).values({
        email: `missed-${kind}@example.com`,
        passwordHash: "not a real hash",
        displayName: "Alex",
        createdAt: new Date(Date.now() - 2 * 86_400_000),
      });
      expect(await isBackupMissed(handle.db, dir, daily)).toBe(true);

      const engine = await startJobEngine(handle, [job], { log: recordingLog(), timing: quick });
      try {
        expect(await catchUpMissedBackup(engine, handle.db, dir, daily)).toBe(true);
        await until(() => automaticBackupsIn(dir).length === 1, "the missed backup");
        await until(async () => (await jobStates(handle, "backups")).includes("completed"), "its job");
        // The next start owes nothing until the backup hour comes round again.
        expect(await catchUpMissedBackup(engine, handle.db, dir, daily)).toBe(false);
      } finally {
        await engine.stop();
      }
      // A second app server's request for the same missed day finds it taken and writes nothing.
      const taken = automaticBackupsIn(dir);
      await job.run({ missed: true });
      expect(automaticBackupsIn(dir)).toEqual(taken);
      // The daily run itself always takes one (retention then keeps the newest of the day).
      await job.run(null);
      expect(automaticBackupsIn(dir)).toHaveLength(1);
      expect(automaticBackupsIn(dir)).not.toEqual(taken);
    } finally {
      await handle.close();
    }
  });

  it("logs a failed backup without its content, keeps going, and tries a failed job again", async () => {
    const handle = await openTestDatabase(kind);
    // A file where the backup folder should be: every backup fails.
    const blocked = path.join(folder, `blocked-${kind}`);
    fs.writeFileSync(blocked, "");
    const log = recordingLog();
    let attempts = 0;
    const flaky: JobDefinition = {
      queue: "flaky",
      retry: { limit: 2, delaySeconds: 1 },
      expireSeconds: 60,
      async run() {
        attempts += 1;
        if (attempts === 1) throw new Error("a private note that must not be logged");
      },
    };
    try {
      const engine = await startJobEngine(
        handle,
        [automaticBackupJob(handle.db, blocked, everyMinute), flaky],
        {
          log,
          timing: quick,
        },
      );
      try {
        await until(async () => (await jobStates(handle, "backups")).includes("retry"), "a failed backup");
        await handle.executeSql(`select ${jobSchema}.create_queue('flaky', '{}')`, []);
        await handle.executeSql(
          `insert into ${jobSchema}.job (name, retry_limit, retry_delay) values ('flaky', 2, 1)`,
          [],
        );
        await until(
          async () => (await jobStates(handle, "flaky")).includes("completed"),
          "the retried job",
          30_000,
        );
        expect(attempts).toBe(2);
      } finally {
        await engine.stop();
      }
      const failures = log.lines.filter((line) => line.startsWith("A background job failed"));
      expect(
        failures.some((line) => line.includes('"queue":"backups"') && /"code":"E[A-Z]+"/.test(line)),
      ).toBe(true);
      expect(log.lines.join("\n")).not.toContain("private note");
      const { rows } = await handle.executeSql(`select output::text from ${jobSchema}.job`, []);
      expect(JSON.stringify(rows)).not.toContain("private note");
      expect(JSON.stringify(rows)).not.toContain(blocked);
      expect(log.lines.join("\n")).not.toContain(blocked);
    } finally {
      await handle.close();
    }
  });

  it("lets a running job finish before it stops", async () => {
    const handle = await openTestDatabase(kind);
    let finished = false;
    let started = false;
    const slow: JobDefinition = {
      queue: "slow",
      retry: { limit: 0, delaySeconds: 0 },
      expireSeconds: 60,
      async run() {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        finished = true;
      },
    };
    try {
      const engine = await startJobEngine(handle, [slow], { log: recordingLog(), timing: quick });
      await handle.executeSql(`insert into ${jobSchema}.job (name) values ('slow')`, []);
      await until(() => started, "the job to start");
      await engine.stop();
      expect(finished).toBe(true);
      expect(await jobStates(handle, "slow")).toEqual(["completed"]);
    } finally {
      await handle.close();
    }
  });

  it("leaves the job queue out of backups, and restores into a database whose engine has run", async () => {
    const source = await openTestDatabase(kind);
    const target = await openTestDatabase(kind);
    try {
      for (const handle of [source, target]) {
        const engine = await startJobEngine(handle, [automaticBackupJob(handle.db, folder, everyMinute)], {
          log: recordingLog(),
          timing: quick,
        });
        await engine.stop();
      }
      expect((await storedTables(source.db)).map((table) => table.name)).not.toContain("job");
      const file = path.join(folder, `with-jobs-${kind}.jsonl.gz`);
      await takeBackup(source.db, file);
      expect((await verifyBackup(file)).tables.every((table) => !table.includes("."))).toBe(true);
      // The queue's rows do not make the target count as holding data.
      await restoreBackup(target, file, { force: false });
      const engine = await startJobEngine(target, [], { log: recordingLog(), timing: quick });
      // The schedule of a job this server no longer has is removed.
      const { rows } = await target.executeSql(`select name from ${jobSchema}.schedule`, []);
      expect(rows).toEqual([]);
      await engine.stop();
    } finally {
      await source.close();
      await target.close();
    }
  });

  it("counts jobs by queue and state for metrics, never by anything else", async () => {
    const handle = await openTestDatabase(kind);
    try {
      const engine = await startJobEngine(
        handle,
        [automaticBackupJob(handle.db, folder, { cron: "0 3 * * *", timeZone: "UTC" })],
        {
          log: recordingLog(),
          timing: quick,
        },
      );
      try {
        await handle.executeSql(
          `insert into ${jobSchema}.job (name, start_after) values ('backups', now() + interval '1 day')`,
          [],
        );
        const registry = new Registry();
        addJobMetrics(registry, engine);
        const text = await registry.metrics();
        expect(text).toContain('mend_jobs{queue="backups",state="queued"} 1');
        expect(text).toContain('mend_jobs{queue="backups",state="active"} 0');
        expect(text).toContain('mend_jobs{queue="backups",state="failed"} 0');
        const labels = text.match(/mend_jobs\{[^}]*\}/g) ?? [];
        expect(
          labels.every((label) => /^mend_jobs\{queue="[\w-]+",state="(queued|active|failed)"\}$/.test(label)),
        ).toBe(true);
      } finally {
        await engine.stop();
      }
    } finally {
      await handle.close();
    }
  });
});

describe.skipIf(!databaseKinds.includes("postgres"))("two app servers on one PostgreSQL", () => {
  it("run a due scheduled job exactly once", async () => {
    // A schedule that fires every minute must not cross into the next minute while the test runs.
    const second = new Date().getUTCSeconds();
    if (second > 40) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    const scratch = await createScratchPostgres();
    const servers = [await openPostgres(scratch.url), await openPostgres(scratch.url)];
    let runs = 0;
    const job: JobDefinition = {
      queue: "once",
      schedule: everyMinute,
      retry: { limit: 0, delaySeconds: 0 },
      expireSeconds: 60,
      async run() {
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 500));
      },
    };
    try {
      const engines = await Promise.all(
        servers.map((handle) => startJobEngine(handle, [job], { log: recordingLog(), timing: quick })),
      );
      try {
        await until(
          async () => (await jobStates(servers[0] as DatabaseHandle, "once")).includes("completed"),
          "the job",
        );
        // Several more schedule checks and polls on both servers.
        await new Promise((resolve) => setTimeout(resolve, 4_000));
      } finally {
        await Promise.all(engines.map((engine) => engine.stop()));
      }
      expect(runs).toBe(1);
      expect(await jobStates(servers[0] as DatabaseHandle, "once")).toEqual(["completed"]);
    } finally {
      for (const handle of servers) await handle.close();
      await scratch.drop();
    }
  });
});

describe("mend serve", () => {
  it("schedules the daily backup at MEND_BACKUP_HOUR in the server's time zone, and drops it when switched off", async () => {
    const dataDir = migratedDataDir(path.join(folder, "served"));
    const start = (env: NodeJS.ProcessEnv) =>
      startServer({
        ...readConfig({ MEND_DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "warn", ...env }),
        host: "127.0.0.1",
      });
    const schedules = async (server: RunningServer) =>
      (
        await server.handle.executeSql(
          `select name, cron, timezone from ${jobSchema}.schedule order by name`,
          [],
        )
      ).rows;
    const reminderScan = { name: "reminders", cron: "*/5 * * * *", timezone: "UTC" };
    const reminderDigest = { name: "digest", cron: "*/15 * * * *", timezone: "UTC" };

    const daily = await start({ MEND_BACKUP_HOUR: "4:30" });
    try {
      expect(await schedules(daily)).toEqual([
        { name: "backups", cron: "30 4 * * *", timezone: serverTimeZone() },
        reminderDigest,
        reminderScan,
      ]);
    } finally {
      await daily.stop();
    }
    const off = await start({ MEND_BACKUPS: "off" });
    try {
      expect(await schedules(off)).toEqual([reminderDigest, reminderScan]);
    } finally {
      await off.stop();
    }
    // Two starts of a server on the embedded database: slow on a busy two-core machine.
  }, 300_000);

  it("knows the last backup time in the server's time zone", () => {
    const berlin = { cron: "0 3 * * *", timeZone: "Europe/Berlin" };
    // 02:30 in Berlin: today's 03:00 has not come, so the last one was yesterday's.
    expect(lastBackupTime(berlin, new Date("2026-12-07T01:30:00Z"))).toEqual(
      new Date("2026-12-06T02:00:00Z"),
    );
    expect(lastBackupTime(berlin, new Date("2026-12-07T02:00:00Z"))).toEqual(
      new Date("2026-12-07T02:00:00Z"),
    );
    // Summer time: 03:00 in Berlin is 01:00 UTC.
    expect(lastBackupTime(berlin, new Date("2026-07-01T12:00:00Z"))).toEqual(
      new Date("2026-07-01T01:00:00Z"),
    );
  });

  it("reads the backup settings, and refuses an hour it cannot read", () => {
    expect(readConfig({}).automaticBackups).toEqual({ hour: 3, minute: 0 });
    expect(readConfig({ MEND_BACKUP_HOUR: "23:45" }).automaticBackups).toEqual({ hour: 23, minute: 45 });
    expect(readConfig({ MEND_BACKUPS: "off" }).automaticBackups).toBeUndefined();
    for (const wrong of ["24:00", "3pm", "03:60", ""]) {
      expect(() => readConfig({ MEND_BACKUP_HOUR: wrong })).toThrow(/MEND_BACKUP_HOUR/);
    }
  });
});
