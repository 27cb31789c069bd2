import { describe, expect, it } from "vitest";
import { describeSchedule, occurrenceAt, occurrencesBetween, type PromiseSchedule } from "./schedule.ts";

const utc = (text: string) => new Date(`${text}Z`);
const instants = (schedule: PromiseSchedule, zone: string, from: string, to: string) =>
  occurrencesBetween(schedule, zone, utc(from), utc(to)).map(
    (o) => `${o.key} ${o.dueAt.toISOString().slice(0, 16)}`,
  );

describe("occurrences across daylight saving", () => {
  const daily = (time: string, startsOn: string): PromiseSchedule => ({ kind: "daily", time, startsOn });

  it("keeps a London 18:00 promise at 18:00 local when the clocks go forward in March", () => {
    expect(
      instants(daily("18:00", "2026-03-27"), "Europe/London", "2026-03-27T00:00", "2026-03-31T00:00"),
    ).toEqual([
      "2026-03-27T18:00 2026-03-27T18:00",
      "2026-03-28T18:00 2026-03-28T18:00",
      "2026-03-29T18:00 2026-03-29T17:00",
      "2026-03-30T18:00 2026-03-30T17:00",
    ]);
  });

  it("keeps a London 18:00 promise at 18:00 local when the clocks go back in October", () => {
    expect(
      instants(daily("18:00", "2026-10-24"), "Europe/London", "2026-10-24T00:00", "2026-10-27T00:00"),
    ).toEqual([
      "2026-10-24T18:00 2026-10-24T17:00",
      "2026-10-25T18:00 2026-10-25T18:00",
      "2026-10-26T18:00 2026-10-26T18:00",
    ]);
  });

  it("keeps a New York 18:00 promise at 18:00 local across both changes", () => {
    expect(
      instants(daily("18:00", "2026-03-07"), "America/New_York", "2026-03-07T00:00", "2026-03-10T00:00"),
    ).toEqual([
      "2026-03-07T18:00 2026-03-07T23:00",
      "2026-03-08T18:00 2026-03-08T22:00",
      "2026-03-09T18:00 2026-03-09T22:00",
    ]);
    expect(
      instants(daily("18:00", "2026-10-31"), "America/New_York", "2026-10-31T00:00", "2026-11-03T00:00"),
    ).toEqual([
      "2026-10-31T18:00 2026-10-31T22:00",
      "2026-11-01T18:00 2026-11-01T23:00",
      "2026-11-02T18:00 2026-11-02T23:00",
    ]);
  });

  it("moves a time skipped by the clocks forward by the size of the jump, never dropping the day", () => {
    expect(
      instants(daily("01:30", "2026-03-28"), "Europe/London", "2026-03-28T00:00", "2026-03-31T00:00"),
    ).toEqual([
      "2026-03-28T01:30 2026-03-28T01:30",
      "2026-03-29T01:30 2026-03-29T01:30",
      "2026-03-30T01:30 2026-03-30T00:30",
    ]);
    expect(
      instants(daily("02:30", "2026-03-08"), "America/New_York", "2026-03-08T00:00", "2026-03-09T00:00"),
    ).toEqual(["2026-03-08T02:30 2026-03-08T07:30"]);
  });

  it("takes the first of a time that happens twice when the clocks go back", () => {
    expect(
      instants(daily("01:30", "2026-10-25"), "Europe/London", "2026-10-24T00:00", "2026-10-26T00:00"),
    ).toEqual(["2026-10-25T01:30 2026-10-25T00:30"]);
    expect(
      instants(daily("01:30", "2026-11-01"), "America/New_York", "2026-10-31T00:00", "2026-11-02T00:00"),
    ).toEqual(["2026-11-01T01:30 2026-11-01T05:30"]);
  });

  it("places the same wall time at different instants in different zones", () => {
    const schedule: PromiseSchedule = { kind: "once", at: "2026-07-01T09:00" };
    const at = (zone: string) =>
      occurrencesBetween(schedule, zone, utc("2026-06-30T00:00"), utc("2026-07-02T00:00"))[0];
    expect(at("Europe/London")?.dueAt.toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(at("America/New_York")?.dueAt.toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(at("Asia/Kolkata")?.dueAt.toISOString()).toBe("2026-07-01T03:30:00.000Z");
  });
});

describe("schedule kinds", () => {
  it("falls on the chosen weekdays only, starting on the first chosen day on or after the start date", () => {
    const weekly: PromiseSchedule = {
      kind: "weekly",
      time: "07:30",
      days: ["mon", "thu"],
      startsOn: "2026-05-06",
    };
    expect(
      occurrencesBetween(weekly, "Europe/London", utc("2026-05-01T00:00"), utc("2026-05-19T00:00")).map(
        (o) => o.key,
      ),
    ).toEqual(["2026-05-07T07:30", "2026-05-11T07:30", "2026-05-14T07:30", "2026-05-18T07:30"]);
  });

  it("counts every N days from the start date and stops after the end date", () => {
    const schedule: PromiseSchedule = {
      kind: "every_n_days",
      time: "20:00",
      interval: 3,
      startsOn: "2026-05-01",
      endsOn: "2026-05-10",
    };
    expect(
      occurrencesBetween(schedule, "UTC", utc("2026-04-01T00:00"), utc("2026-06-01T00:00")).map((o) => o.key),
    ).toEqual(["2026-05-01T20:00", "2026-05-04T20:00", "2026-05-07T20:00", "2026-05-10T20:00"]);
  });

  it("includes the end date itself", () => {
    const schedule: PromiseSchedule = {
      kind: "daily",
      time: "23:59",
      startsOn: "2026-05-01",
      endsOn: "2026-05-02",
    };
    expect(
      occurrencesBetween(schedule, "UTC", utc("2026-01-01T00:00"), utc("2027-01-01T00:00")),
    ).toHaveLength(2);
  });

  it("treats the range as half-open: from is included, to is not", () => {
    const schedule: PromiseSchedule = { kind: "daily", time: "12:00", startsOn: "2026-05-01" };
    expect(
      occurrencesBetween(schedule, "UTC", utc("2026-05-02T12:00"), utc("2026-05-04T12:00")).map((o) => o.key),
    ).toEqual(["2026-05-02T12:00", "2026-05-03T12:00"]);
  });

  it("finds an occurrence by its key only where the schedule really has one", () => {
    const schedule: PromiseSchedule = {
      kind: "weekly",
      time: "18:00",
      days: ["fri"],
      startsOn: "2026-05-01",
    };
    expect(occurrenceAt(schedule, "Europe/London", "2026-05-08T18:00")?.dueAt.toISOString()).toBe(
      "2026-05-08T17:00:00.000Z",
    );
    expect(occurrenceAt(schedule, "Europe/London", "2026-05-09T18:00")).toBeUndefined();
    expect(occurrenceAt(schedule, "Europe/London", "2026-05-08T18:01")).toBeUndefined();
    expect(occurrenceAt(schedule, "Europe/London", "not a key")).toBeUndefined();
  });

  it("describes each kind of schedule in plain words", () => {
    expect(describeSchedule({ kind: "once", at: "2026-05-10T18:00" })).toBe("Once, on 10 May 2026 at 18:00");
    expect(describeSchedule({ kind: "daily", time: "18:00", startsOn: "2026-05-01" })).toBe(
      "Every day at 18:00",
    );
    expect(
      describeSchedule({ kind: "weekly", time: "07:30", days: ["thu", "mon"], startsOn: "2026-05-01" }),
    ).toBe("Every Monday and Thursday at 07:30");
    expect(
      describeSchedule({
        kind: "every_n_days",
        time: "20:00",
        interval: 3,
        startsOn: "2026-05-01",
        endsOn: "2026-06-30",
      }),
    ).toBe("Every 3 days at 20:00, until 30 June 2026");
  });
});
