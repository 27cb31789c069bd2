/**
 * An app server's reminder work in a process of its own, so a test can kill it with SIGKILL in the
 * middle of a scan: it runs the reminder scan once, against `argv[2]` (a PostgreSQL address), with the
 * clock at `argv[3]`, handing each reminder to the "notify" queue slowly enough to be caught part-way.
 */

import { openPostgres } from "../../src/db/postgres.ts";
import { handOverToNotify, notifyQueue } from "../../src/features/reminders/hand-over.ts";
import { reminderScanJob } from "../../src/features/reminders/scan.ts";
import { type JobLog, startJobEngine } from "../../src/jobs/engine.ts";
import { lateJobSender } from "../../src/jobs/sender.ts";

const [url, at] = process.argv.slice(2);
if (!url || !at) throw new Error("usage: reminder-scan-process <postgres-url> <iso-time>");
const handle = await openPostgres(url);
const jobs = lateJobSender();
const toNotify = handOverToNotify(jobs);
const { schedule: _, ...scan } = reminderScanJob({
  db: handle.db,
  clock: () => new Date(at),
  async handOver(delivery) {
    await toNotify(delivery);
    await new Promise((resolve) => setTimeout(resolve, 300));
  },
});
const log: JobLog = {
  error: (fields: unknown, message?: string) => console.error(message, JSON.stringify(fields)),
  warn: (fields: unknown, message?: string) => console.error(message, JSON.stringify(fields)),
} as unknown as JobLog;
const engine = await startJobEngine(
  handle,
  [
    scan,
    // Delivery is another part's work; here the queue only has to hold what was handed over.
    { queue: notifyQueue, retry: { limit: 0, delaySeconds: 0 }, expireSeconds: 60, async run() {} },
  ],
  { log, timing: { pollSeconds: 0.5, scheduleCheckSeconds: 1 } },
);
jobs.attach(engine);
await engine.send({ queue: "reminders", data: {} });
console.log("scanning");
