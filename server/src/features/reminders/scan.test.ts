import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ReminderDelivery } from "@mend/core/reminders/kinds";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createScratchPostgres, databaseKinds, openTestDatabase } from "../../../test/support/databases.ts";
import type { Database, DatabaseHandle } from "../../db/database.ts";
import { openPostgres } from "../../db/postgres.ts";
import {
  type JobDefinition,
  type JobEngine,
  type JobLog,
  jobSchema,
  startJobEngine,
} from "../../jobs/engine.ts";
import { accounts } from "../accounts/tables.ts";
import { promises } from "../promises/tables.ts";
import { spaceMembers, spaces } from "../spaces/tables.ts";
import { handOverToNotify, notifyQueue } from "./hand-over.ts";
import { reminderScanJob, scanReminders } from "./scan.ts";
import { reminderScans } from "./tables.ts";

const hour = 3_600_000;
const serverRoot = fileURLToPath(new URL("../../..", import.meta.url));
const quick = { pollSeconds: 0.5, scheduleCheckSeconds: 1 };
const quietLog = { error() {}, warn() {} } as unknown as JobLog;

/** The keys of every reminder the "notify" queue holds, once each. */
async function notifyKeys(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = (await handle.executeSql(
    `select distinct data->>'key' as key from ${jobSchema}.job where name = $1`,
    [notifyQueue],
  )) as { rows: { key: string }[] };
  return rows.map((row) => row.key).sort();
}

async function until(condition: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const madeAt = new Date("2026-05-04T09:00:00Z");
/** Each scan below covers 12:00–18:00 UTC on 5 May: every promise made here falls due once in it. */
const scannedFrom = new Date("2026-05-05T12:00:00Z");
const scannedTo = new Date("2026-05-05T18:00:00Z");

/** A space with `count` members' worth of daily promises due at 17:00 UTC, and the scan's mark at noon. */
async function promisesDue(db: Database, count: number): Promise<string[]> {
  const [space] = await db
    .insert(spaces)
    .values({ relationship: "partner", breachKinds: ["lying"], expectedName: "Kit", createdAt: madeAt })
    .returning();
  if (!space) throw new Error("no space");
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const [account] = await db
      .insert(accounts)
      .values({ email: `maker-${i}-${space.id}@example.org`, passwordHash: "unused", displayName: "Maker" })
      .returning();
    if (!account) throw new Error("no account");
    const [member] = await db
      .insert(spaceMembers)
      .values({ spaceId: space.id, accountId: account.id, view: i === 0 ? "me" : "them", joinedAt: madeAt })
      .returning();
    if (!member) throw new Error("no member");
    for (const time of ["17:00", "17:30"]) {
      const [promise] = await db
        .insert(promises)
        .values({
          spaceId: space.id,
          makerMemberId: member.id,
          text: "Home by six",
          schedule: { kind: "daily", time, startsOn: "2026-05-04" },
          timeZone: "UTC",
          graceHours: 12,
          createdAt: madeAt,
        })
        .returning();
      if (!promise) throw new Error("no promise");
      keys.push(`promise-due:${promise.id}:2026-05-05T${time}`);
    }
  }
  await db
    .insert(reminderScans)
    .values({ name: "due", scannedUpTo: scannedFrom })
    .onConflictDoUpdate({ target: reminderScans.name, set: { scannedUpTo: scannedFrom } });
  return keys.sort();
}

describe.each(databaseKinds)("the reminder scan on %s", (kind) => {
  let handle: DatabaseHandle | undefined;
  afterAll(() => handle?.close());

  it("loses nothing when a scan dies part-way: the mark stays, and the next scan hands the window over again", async () => {
    handle = await openTestDatabase(kind);
    const keys = await promisesDue(handle.db, 2);
    const handedOver: string[] = [];
    let allowed = 1;
    const dying = async (delivery: ReminderDelivery) => {
      if (allowed === 0) throw new Error("the server died here");
      allowed -= 1;
      handedOver.push(delivery.key);
    };
    const clock = () => scannedTo;
    await expect(scanReminders({ db: handle.db, clock, handOver: dying })).rejects.toThrow("died");
    const [mark] = await handle.db.select().from(reminderScans);
    expect(mark?.scannedUpTo).toEqual(scannedFrom);

    const record = async (delivery: ReminderDelivery) => {
      handedOver.push(delivery.key);
    };
    expect(await scanReminders({ db: handle.db, clock, handOver: record })).toMatchObject({ handedOver: 4 });
    // The one handed over before the crash comes again, under the same key: the notify queue sends it once.
    expect([...new Set(handedOver)].sort()).toEqual(keys);
    expect(handedOver).toHaveLength(5);
    const [moved] = await handle.db.select().from(reminderScans);
    expect(moved?.scannedUpTo).toEqual(scannedTo);
    // Run again, later: nothing new.
    const again: string[] = [];
    await scanReminders({
      db: handle.db,
      clock: () => new Date(scannedTo.getTime() + hour / 12),
      handOver: async (d) => {
        again.push(d.key);
      },
    });
    expect(again).toEqual([]);
  });
});

describe.skipIf(!databaseKinds.includes("postgres"))("two app servers on one PostgreSQL", () => {
  it("hand each due reminder over exactly once, however often both are asked to scan", async () => {
    const scratch = await createScratchPostgres(inject("postgresTemplateName"));
    const servers = [await openPostgres(scratch.url), await openPostgres(scratch.url)];
    try {
      for (const server of servers) await server.migrate();
      const keys = await promisesDue((servers[0] as DatabaseHandle).db, 3);
      const handedOver: string[] = [];
      // One after the other: two pg-boss instances creating their schema at the same moment collide.
      const engines: JobEngine[] = [];
      for (const server of servers) {
        // The same job `mend serve` runs, sent on demand here instead of waiting for its schedule.
        const { schedule: _, ...onDemand } = reminderScanJob({
          db: server.db,
          clock: () => scannedTo,
          handOver: async (delivery) => {
            handedOver.push(delivery.key);
          },
        });
        const job: JobDefinition = onDemand;
        engines.push(await startJobEngine(server, [job], { log: quietLog, timing: quick }));
      }
      try {
        await Promise.all(
          engines.flatMap((engine) => [1, 2, 3].map(() => engine.send({ queue: "reminders", data: {} }))),
        );
        const deadline = Date.now() + 30_000;
        for (;;) {
          const { rows } = (await (servers[0] as DatabaseHandle).executeSql(
            `select count(*) filter (where state = 'completed')::int as done from ${jobSchema}.job where name = 'reminders'`,
            [],
          )) as { rows: { done: number }[] };
          if ((rows[0]?.done ?? 0) >= 6) break;
          if (Date.now() > deadline) throw new Error("The scans did not all finish.");
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await Promise.all(engines.map((engine) => engine.stop()));
      }
      expect(handedOver.sort()).toEqual(keys);
    } finally {
      for (const server of servers) await server.close();
      await scratch.drop();
    }
  });
});

describe.skipIf(!databaseKinds.includes("postgres"))("an app server killed in the middle of a scan", () => {
  it("loses no reminder: the next scan hands over every one the dead server had not", async () => {
    const scratch = await createScratchPostgres(inject("postgresTemplateName"));
    const handle = await openPostgres(scratch.url);
    try {
      await handle.migrate();
      const keys = await promisesDue(handle.db, 3);
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "test/support/reminder-scan-process.ts", scratch.url, scannedTo.toISOString()],
        { cwd: serverRoot, env: { ...process.env, LOG_LEVEL: "warn" } },
      );
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on("exit", (_, signal) => resolve(signal)),
      );
      await until(async () => output.includes("scanning"), `the other server to start (${output})`);
      await until(async () => (await notifyKeys(handle)).length >= 2, "its first hand-overs");
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      const before = await notifyKeys(handle);
      expect(before.length).toBeLessThan(keys.length);
      const [mark] = await handle.db.select().from(reminderScans);
      expect(mark?.scannedUpTo).toEqual(scannedFrom);

      // Another app server's next scan.
      const engine = await startJobEngine(
        handle,
        [{ queue: notifyQueue, retry: { limit: 0, delaySeconds: 0 }, expireSeconds: 60, async run() {} }],
        { log: quietLog, timing: quick },
      );
      try {
        await scanReminders({
          db: handle.db,
          clock: () => scannedTo,
          handOver: handOverToNotify(engine),
        });
      } finally {
        await engine.stop();
      }
      expect(await notifyKeys(handle)).toEqual(keys);
      const [moved] = await handle.db.select().from(reminderScans);
      expect(moved?.scannedUpTo).toEqual(scannedTo);
    } finally {
      await handle.close();
      await scratch.drop();
    }
  });
});
