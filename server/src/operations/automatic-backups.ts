import fs from "node:fs";
import path from "node:path";
import cronParser from "cron-parser";
import { min } from "drizzle-orm";
import type { Database } from "../db/database.ts";
import { accounts } from "../features/accounts/tables.ts";
import type { JobDefinition, JobEngine } from "../jobs/engine.ts";
import { takeBackup } from "./backup.ts";
import { backupsToKeep, type DatedBackup } from "./backup-retention.ts";

/**
 * The running server's own backups: one file a day (the same format as `mend backup`, checksum
 * inside), named by the moment it was taken so retention can read its date from the name. Only files
 * named like this are ever removed: backups made by hand or before an upgrade stay.
 */
const namePattern = /^mend-auto-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.jsonl\.gz$/;

export function automaticBackupName(takenAt: Date): string {
  return `mend-auto-${takenAt.toISOString().replace(/[:.]/g, "-")}.jsonl.gz`;
}

export function automaticBackupTakenAt(name: string): Date | undefined {
  const parts = namePattern.exec(name);
  if (!parts) return undefined;
  const [, day, hours, minutes, seconds, millis] = parts;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(takenAt.getTime()) ? undefined : takenAt;
}

function automaticBackupsIn(dir: string): DatedBackup[] {
  return fs.readdirSync(dir).flatMap((file) => {
    const takenAt = automaticBackupTakenAt(file);
    return takenAt ? [{ file, takenAt }] : [];
  });
}

/**
 * Writes today's backup into `dir`, then removes the automatic backups that retention no longer
 * keeps (7 daily, 4 weekly). Pruning happens only after the new file is complete and on disk.
 */
export async function takeAutomaticBackup(
  db: Database,
  dir: string,
  timeZone: string,
  now: Date = new Date(),
): Promise<{ file: string; removed: string[] }> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, automaticBackupName(now));
  await takeBackup(db, file);
  const backups = automaticBackupsIn(dir);
  const keep = backupsToKeep(backups, timeZone);
  const removed = backups.filter((backup) => !keep.has(backup.file)).map((backup) => backup.file);
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return { file, removed };
}

/** The server's local time zone (TZ), which the backup hour and retention's days are read in. */
export function serverTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface BackupSchedule {
  cron: string;
  timeZone: string;
}

/** The last time the daily backup was due, at or before `now`. */
export function lastBackupTime(schedule: BackupSchedule, now: Date): Date {
  const times = cronParser.parseExpression(schedule.cron, {
    tz: schedule.timeZone,
    currentDate: new Date(now.getTime() + 1),
  });
  return times.prev().toDate();
}

/**
 * Whether a daily backup was missed, say while a laptop slept through the backup hour: the last backup
 * time has passed since the newest automatic backup or, before the first one, since the first account
 * was made (an empty server has nothing to keep).
 */
export async function isBackupMissed(
  db: Database,
  dir: string,
  schedule: BackupSchedule,
  now: Date = new Date(),
): Promise<boolean> {
  const newest = fs.existsSync(dir)
    ? Math.max(0, ...automaticBackupsIn(dir).map((backup) => backup.takenAt.getTime()))
    : 0;
  let since = newest;
  if (since === 0) {
    const [first] = await db.select({ createdAt: min(accounts.createdAt) }).from(accounts);
    if (!first?.createdAt) return false;
    since = first.createdAt.getTime();
  }
  return lastBackupTime(schedule, now).getTime() > since;
}

/** What a backup job carries: nothing for the daily one, `missed` for one that makes up for a missed day. */
const missedBackup = { missed: true };

/**
 * The daily backup as a job, run at `cron` in `timeZone`. A failed one is tried again up to three
 * times, waiting longer each time (from about 15 minutes), and otherwise waits for the next day.
 */
export function automaticBackupJob(db: Database, dir: string, schedule: BackupSchedule): JobDefinition {
  return {
    queue: "backups",
    schedule,
    retry: { limit: 3, delaySeconds: 15 * 60 },
    expireSeconds: 60 * 60,
    async run(data) {
      // Several app servers that start together each ask for the missed backup; the first one takes it.
      const makesUpForMissedDay = (data as Partial<typeof missedBackup> | null)?.missed === true;
      if (makesUpForMissedDay && !(await isBackupMissed(db, dir, schedule))) return;
      await takeAutomaticBackup(db, dir, schedule.timeZone);
    },
  };
}

/** At start: if the server was off at the backup hour, take that day's backup now, in the background. */
export async function catchUpMissedBackup(
  engine: Pick<JobEngine, "send">,
  db: Database,
  dir: string,
  schedule: BackupSchedule,
): Promise<boolean> {
  if (!(await isBackupMissed(db, dir, schedule))) return false;
  await engine.send({ queue: "backups", data: missedBackup });
  return true;
}
