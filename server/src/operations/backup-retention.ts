/** An automatic backup and when it was taken. */
export interface DatedBackup {
  file: string;
  takenAt: Date;
}

export interface RetentionCounts {
  daily: number;
  weekly: number;
}

export const automaticBackupRetention: RetentionCounts = { daily: 7, weekly: 4 };

/** The calendar day of `date` in `timeZone`, as YYYY-MM-DD. */
function dayIn(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
}

/** The Monday that starts the ISO week holding calendar day `day` (YYYY-MM-DD). */
function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - daysSinceMonday);
  return date.toISOString().slice(0, 10);
}

/**
 * Which automatic backups to keep: the newest backup of each of the last `daily` days that have one,
 * and, among the backups older than those, the newest of each of the last `weekly` weeks (Monday to
 * Sunday) that have one. Days and weeks are the server's calendar (`timeZone`), like the hour the
 * backups are taken at. Everything else may be removed.
 */
export function backupsToKeep(
  backups: DatedBackup[],
  timeZone: string,
  counts: RetentionCounts = automaticBackupRetention,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<string>();
  const days = new Set<string>();
  let index = 0;
  for (; index < newestFirst.length && days.size < counts.daily; index += 1) {
    const backup = newestFirst[index] as DatedBackup;
    const day = dayIn(backup.takenAt, timeZone);
    if (days.has(day)) continue;
    days.add(day);
    keep.add(backup.file);
  }
  const weeks = new Set<string>();
  for (; index < newestFirst.length && weeks.size < counts.weekly; index += 1) {
    const backup = newestFirst[index] as DatedBackup;
    const day = dayIn(backup.takenAt, timeZone);
    if (days.has(day)) continue;
    const week = weekOf(day);
    if (weeks.has(week)) continue;
    weeks.add(week);
    keep.add(backup.file);
  }
  return keep;
}
