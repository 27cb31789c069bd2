import type { ECDH } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { DatabaseHandle } from "../src/db/database.ts";
import { openPostgres } from "../src/db/postgres.ts";
import { accounts } from "../src/features/accounts/tables.ts";
import { notificationPreferences, pushSubscriptions } from "../src/features/notifications/tables.ts";
import { promises } from "../src/features/promises/tables.ts";
import { reminderScans } from "../src/features/reminders/tables.ts";
import { spaceMembers, spaces } from "../src/features/spaces/tables.ts";
import { jobSchema } from "../src/jobs/engine.ts";
import { createScratchPostgres, databaseKinds } from "./support/databases.ts";
import { untilJobsFinished } from "./support/jobs.ts";
import { newDevice, startPushService } from "./support/push-service.ts";
import { type ServerProcess, spawnMend } from "./support/server-process.ts";

/**
 * Two real `mend serve` processes on one PostgreSQL, with a local push service: every reminder that
 * falls due is delivered once, and killing one server with SIGKILL while reminders are on their way
 * neither loses nor repeats any. MEND_JOB_TIMING=quick shortens the job engine's waits (a job a dead
 * server held is retried within seconds instead of minutes).
 */

const hour = 3_600_000;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function until(condition: () => Promise<boolean> | boolean, what: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const hhmm = (at: Date) => at.toISOString().slice(11, 16);

/**
 * `pairs` spaces of two people, each with push reminders of their promises switched on and one
 * device, and two daily promises each that fell due an hour and two hours ago. Returns the devices
 * by their address on the push service.
 */
async function peopleWithPromisesDue(
  handle: DatabaseHandle,
  pairs: number,
  pushOrigin: string,
  devices: Map<string, { ecdh: ECDH; auth: string }>,
): Promise<string[]> {
  const now = new Date();
  const madeAt = new Date(now.getTime() - 3 * 24 * hour);
  const paths: string[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    const [space] = await handle.db
      .insert(spaces)
      .values({ relationship: "partner", breachKinds: ["lying"], expectedName: "Kit", createdAt: madeAt })
      .returning();
    if (!space) throw new Error("no space");
    for (const view of ["me", "them"] as const) {
      const [account] = await handle.db
        .insert(accounts)
        .values({ email: `${view}-${space.id}@example.org`, passwordHash: "unused", displayName: "Maker" })
        .returning();
      if (!account) throw new Error("no account");
      const [member] = await handle.db
        .insert(spaceMembers)
        .values({ spaceId: space.id, accountId: account.id, view, joinedAt: madeAt })
        .returning();
      if (!member) throw new Error("no member");
      for (const hoursAgo of [1, 2]) {
        await handle.db.insert(promises).values({
          spaceId: space.id,
          makerMemberId: member.id,
          text: "Home by six",
          schedule: {
            kind: "daily",
            time: hhmm(new Date(now.getTime() - hoursAgo * hour)),
            startsOn: madeAt.toISOString().slice(0, 10),
          },
          timeZone: "UTC",
          graceHours: 12,
          createdAt: madeAt,
        });
      }
      await handle.db.insert(notificationPreferences).values({
        accountId: account.id,
        kinds: ["promise-due"],
        push: true,
        email: false,
        detail: "discreet",
        timeZone: "UTC",
        updatedAt: madeAt,
      });
      const path = `/device-${account.id}`;
      const device = newDevice(`${pushOrigin}${path}`);
      devices.set(path, device);
      await handle.db.insert(pushSubscriptions).values({
        accountId: account.id,
        endpoint: device.subscription.endpoint,
        p256dh: device.subscription.keys.p256dh,
        auth: device.subscription.keys.auth,
        label: "Firefox on Linux",
        createdAt: madeAt,
      });
      paths.push(path);
    }
  }
  return paths;
}

/** Puts the scan's mark three hours back: every promise above is due in the next scan's window. */
async function markThreeHoursAgo(handle: DatabaseHandle) {
  const scannedUpTo = new Date(Date.now() - 3 * hour);
  await handle.db
    .insert(reminderScans)
    .values({ name: "due", scannedUpTo })
    .onConflictDoUpdate({ target: reminderScans.name, set: { scannedUpTo } });
}

const deliveries = async (handle: DatabaseHandle) =>
  (
    (await handle.executeSql(
      "select account_id, key, count(*)::int as times from notification_deliveries group by account_id, key",
      [],
    )) as { rows: { account_id: string; key: string; times: number }[] }
  ).rows;

describe.skipIf(!databaseKinds.includes("postgres"))("two `mend serve` processes on one PostgreSQL", () => {
  it("deliver each due reminder once, and lose or repeat none when one is killed with SIGKILL", {
    timeout: 180_000,
  }, async () => {
    const scratch = await createScratchPostgres(inject("postgresTemplateName"));
    cleanups.push(scratch.drop);
    const devices = new Map<string, { ecdh: ECDH; auth: string }>();
    const push = await startPushService(() => devices);
    cleanups.push(push.close);
    const env = {
      DATABASE_URL: scratch.url,
      MEND_BACKUPS: "off",
      MEND_JOB_TIMING: "quick",
      MEND_PUSH_SERVICES: "127.0.0.1",
      // The servers trust the local push service's certificate, as they would a real one's.
      NODE_EXTRA_CA_CERTS: push.certificate,
    };
    // One after the other: the first migrates, and pg-boss sets up its schema once.
    const servers: ServerProcess[] = [];
    for (let i = 0; i < 2; i += 1) {
      const server = await spawnMend(env);
      servers.push(server);
      cleanups.push(async () => {
        server.child.kill("SIGKILL");
        await server.exited;
      });
    }
    const handle = await openPostgres(scratch.url);
    cleanups.push(() => handle.close());
    // What the scan's five-minute schedule does, sent at once: a scan job either server may take.
    const scheduler = new PgBoss({
      connectionString: scratch.url,
      schema: jobSchema,
      supervise: false,
      schedule: false,
    });
    await scheduler.start();
    cleanups.push(() => scheduler.stop({ graceful: false }));
    const scanNow = async (times: number) => {
      for (let i = 0; i < times; i += 1) await scheduler.send("reminders", {});
    };
    const pushesTo = (paths: string[]) =>
      paths.map((path) => push.delivered.filter((delivered) => delivered.path === path).length);

    // Both running: three scans asked of the two servers, twenty reminders, each delivered once.
    const first = await peopleWithPromisesDue(handle, 5, push.origin, devices);
    await markThreeHoursAgo(handle);
    await scanNow(3);
    await until(async () => (await deliveries(handle)).length === 20, "20 deliveries");
    await until(() => push.delivered.length >= 20, "20 pushes");
    // Every job either server took has ended: a reminder or push sent twice would be here by now.
    await untilJobsFinished(handle);
    expect((await deliveries(handle)).every((row) => row.times === 1)).toBe(true);
    expect(pushesTo(first)).toEqual(first.map(() => 2));
    expect(push.delivered).toHaveLength(20);
    expect(new Set(push.delivered.map((d) => JSON.stringify(d.payload)))).toEqual(
      new Set([
        JSON.stringify({
          title: "Mend",
          body: "Something is waiting for you",
          kind: "promise-due",
          url: "/",
        }),
      ]),
    );

    // Forty more fall due; the first server is killed as soon as the first of them is delivered.
    const second = await peopleWithPromisesDue(handle, 10, push.origin, devices);
    await markThreeHoursAgo(handle);
    await scanNow(2);
    await until(async () => (await deliveries(handle)).length > 20, "the first new delivery", 30_000);
    servers[0]?.child.kill("SIGKILL");
    await servers[0]?.exited;
    // A push the dead server had sent but not yet marked done is sent again by the other server: at
    // most one per push job it held at that instant (it takes one job at a time).
    const { rows: held } = (await handle.executeSql(
      `select count(*)::int as n from ${jobSchema}.job where name = 'push' and state = 'active'`,
      [],
    )) as { rows: { n: number }[] };
    const deliveredAtKill = (await deliveries(handle)).length;
    expect(deliveredAtKill).toBeLessThan(60);

    await until(async () => (await deliveries(handle)).length === 60, "every reminder after the kill");
    await until(() => pushesTo(second).every((count) => count >= 2), "every push after the kill");
    // The jobs the killed server held expire and are tried again by the other one: wait for all of them.
    await untilJobsFinished(handle);
    const rows = await deliveries(handle);
    expect(rows).toHaveLength(60);
    expect(rows.every((row) => row.times === 1)).toBe(true);
    expect(pushesTo(first)).toEqual(first.map(() => 2));
    const counts = pushesTo(second);
    expect(counts.every((count) => count >= 2)).toBe(true);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(40 + (held[0]?.n ?? 0));
    console.log(
      `two servers: ${deliveredAtKill} of 60 delivered when one was killed; pushes after: ${counts.reduce((a, b) => a + b, 0)} for 40 due (${held[0]?.n ?? 0} push jobs active at the kill)`,
    );
  });
});
