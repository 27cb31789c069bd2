import { describe, expect, it } from "vitest";
import { backupsToKeep, type DatedBackup } from "./backup-retention.ts";

const day = 24 * 60 * 60 * 1000;

/** One backup a day at 03:00 UTC, `count` days up to and including 2026-12-07 (a Monday). */
function dailyBackups(count: number, hour = "03:00"): DatedBackup[] {
  const last = Date.parse(`2026-12-07T${hour}:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const takenAt = new Date(last - index * day);
    return { file: takenAt.toISOString().slice(0, 10), takenAt };
  });
}

const kept = (backups: DatedBackup[], timeZone = "UTC") => [...backupsToKeep(backups, timeZone)].sort();

describe("which automatic backups are kept", () => {
  it("keeps everything while there are fewer than seven days of backups", () => {
    expect(kept(dailyBackups(5))).toHaveLength(5);
    expect(kept([])).toEqual([]);
  });

  it("keeps the last seven days and the newest of each of the four weeks before them", () => {
    expect(kept(dailyBackups(60))).toEqual([
      // Weekly: the newest older backup of each week (Monday to Sunday).
      "2026-11-15",
      "2026-11-22",
      "2026-11-29",
      "2026-11-30", // the week from Monday 30 November, whose other days are dailies
      // Daily: 1 to 7 December.
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
      "2026-12-07",
    ]);
  });

  it("counts a week partly covered by the dailies as one of the four", () => {
    // 60 days up to Thursday 10 December: the dailies are 4–10 December, Monday 30 November to
    // Thursday 3 December are left of that week, and its newest (3 December) is its weekly.
    const last = Date.parse("2026-12-10T03:00:00Z");
    const backups = Array.from({ length: 60 }, (_, index) => {
      const takenAt = new Date(last - index * day);
      return { file: takenAt.toISOString().slice(0, 10), takenAt };
    });
    const result = kept(backups);
    expect(result).toHaveLength(11);
    expect(result.slice(0, 4)).toEqual(["2026-11-15", "2026-11-22", "2026-11-29", "2026-12-03"]);
  });

  it("keeps the newest of several backups taken on one day, and counts that day once", () => {
    const backups = [
      ...dailyBackups(10),
      { file: "late on the 7th", takenAt: new Date("2026-12-07T22:00:00Z") },
      { file: "early on the 6th", takenAt: new Date("2026-12-06T01:00:00Z") },
    ];
    const result = kept(backups);
    expect(result).toContain("late on the 7th");
    expect(result).not.toContain("2026-12-07");
    expect(result).not.toContain("early on the 6th");
    expect(result.filter((file) => file.startsWith("2026-12-0"))).toHaveLength(6);
    expect(result).toHaveLength(9);
  });

  it("reads days in the server's time zone", () => {
    // 23:30 UTC on 6 December is already 7 December in Tokyo, the same day as the 03:00 UTC backup.
    const backups = [
      { file: "a", takenAt: new Date("2026-12-06T23:30:00Z") },
      { file: "b", takenAt: new Date("2026-12-07T03:00:00Z") },
    ];
    expect(kept(backups, "UTC")).toEqual(["a", "b"]);
    expect(kept(backups, "Asia/Tokyo")).toEqual(["b"]);
  });

  it("keeps a gap-filled history: weeks with no backup are not counted", () => {
    const backups = [
      ...dailyBackups(7),
      { file: "three weeks back", takenAt: new Date("2026-11-18T03:00:00Z") },
      { file: "ten weeks back", takenAt: new Date("2026-09-30T03:00:00Z") },
    ];
    expect(kept(backups)).toHaveLength(9);
  });
});
