import { remindersDue } from "@mend/core/reminders/due";
import type { Database } from "../../db/database.ts";
import type { JobDefinition } from "../../jobs/engine.ts";
import { gatherReminderFacts } from "./facts.ts";
import type { HandOver } from "./hand-over.ts";
import { remindersRepo } from "./repo.ts";

const hourMs = 3_600_000;

/** The scan's row in `reminder_scans`. */
const scanName = "due";

/**
 * How far back a scan catches up after a crash or a stopped server: reminders older than this are
 * no use any more (and the ones that lapse sooner, such as a talk that has begun, are dropped by
 * the rule itself).
 */
export const catchUpHours = 24;

export interface ReminderScanDeps {
  db: Database;
  clock: () => Date;
  handOver: HandOver;
}

/**
 * Hands over every reminder due between the scan's mark and now, then moves the mark to now.
 *
 * Exactly once, end to end, comes from two things. The mark moves only after every reminder of the
 * window was handed over, and only from the value this scan read (compare and set), so a scan that
 * crashed part-way leaves the mark where it was and the next one hands the whole window over
 * again; none is lost. A reminder handed over twice that way (or by two scans racing) has the same
 * key both times, and the notify queue sends once per account and key; that key, not a shared
 * transaction, is what makes duplicates harmless (the hand-over is a job in pg-boss, not a row in
 * this transaction, so the two cannot commit together).
 */
export async function scanReminders(
  deps: ReminderScanDeps,
): Promise<{ handedOver: number; from: Date; to: Date }> {
  const repo = remindersRepo(deps.db);
  const to = deps.clock();
  const mark = await repo.scannedUpTo(scanName);
  const floor = new Date(to.getTime() - catchUpHours * hourMs);
  // The first scan starts from now: a new server does not remind of what came due before it ran.
  const from =
    mark === undefined ? to : new Date(Math.min(to.getTime(), Math.max(mark.getTime(), floor.getTime())));
  let handedOver = 0;
  if (from < to) {
    const window = { from, to };
    for (const person of await gatherReminderFacts(deps.db, window)) {
      for (const reminder of remindersDue(person.facts, window)) {
        await deps.handOver({
          accountId: person.accountId,
          spaceId: person.facts.spaceId,
          kind: reminder.kind,
          key: reminder.key,
        });
        handedOver += 1;
      }
    }
  }
  await repo.advance(scanName, mark, to);
  return { handedOver, from, to };
}

/** The scan as a background job: every five minutes, one run at a time across every app server. */
export function reminderScanJob(deps: ReminderScanDeps): JobDefinition {
  return {
    queue: "reminders",
    schedule: { cron: "*/5 * * * *", timeZone: "UTC" },
    policy: "singleton",
    retry: { limit: 3, delaySeconds: 30 },
    expireSeconds: 10 * 60,
    async run() {
      await scanReminders(deps);
    },
  };
}
