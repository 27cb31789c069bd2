import { describe, expect, it } from "vitest";
import type { PromiseTiming } from "../agreements/occurrences.ts";
import {
  checkinCadence,
  checkinRhythm,
  type DueReminder,
  type OwnCheckin,
  type PersonReminderFacts,
  remindersDue,
} from "./due.ts";

const t = (text: string) => new Date(text);
const window = (from: string, to: string) => ({ from: t(from), to: t(to) });

const nothing: PersonReminderFacts = {
  spaceId: "space-1",
  memberId: "member-1",
  ownPromises: [],
  ownCheckins: [],
  scheduledTalks: [],
  agreementReviews: [],
};

const daily: PromiseTiming = {
  schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
  timeZone: "Europe/London",
  graceHours: 12,
  createdAt: t("2026-05-04T09:00:00Z"),
};

/** Scans `[from, to)` the way the server does: one short window after another. */
function scanEvery(facts: PersonReminderFacts, from: string, to: string, stepMinutes = 5) {
  const found: DueReminder[] = [];
  for (let at = Date.parse(from); at < Date.parse(to); at += stepMinutes * 60_000) {
    found.push(...remindersDue(facts, { from: new Date(at), to: new Date(at + stepMinutes * 60_000) }));
  }
  return found;
}

const checkin = (kind: "daily" | "weekly", at: string, utcOffsetMinutes = 60): OwnCheckin => ({
  kind,
  submittedAt: t(at),
  utcOffsetMinutes,
});

describe("decision revisit reminders", () => {
  it("recalls the author's latest decision at noon UTC on its revisit date, once", () => {
    const facts = { ...nothing, decisionRevisit: { decisionId: "d1", revisitOn: "2026-05-04" } };
    expect(remindersDue(facts, window("2026-05-04T11:00:00Z", "2026-05-04T13:00:00Z"))).toEqual([
      { kind: "decision-revisit", key: "decision-revisit:d1:2026-05-04", at: t("2026-05-04T12:00:00Z") },
    ]);
    expect(remindersDue(facts, window("2026-05-04T13:00:00Z", "2026-05-05T13:00:00Z"))).toEqual([]);
    expect(remindersDue(nothing, window("2026-05-04T11:00:00Z", "2026-05-04T13:00:00Z"))).toEqual([]);
  });
});

describe("promise reminders", () => {
  it("reminds the maker of each occurrence at its local due time, named by promise and occurrence", () => {
    const facts = { ...nothing, ownPromises: [{ id: "p1", timing: daily }] };
    expect(scanEvery(facts, "2026-05-04T09:00:00Z", "2026-05-06T09:00:00Z")).toEqual([
      { kind: "promise-due", key: "promise-due:p1:2026-05-04T18:00", at: t("2026-05-04T17:00:00Z") },
      { kind: "promise-due", key: "promise-due:p1:2026-05-05T18:00", at: t("2026-05-05T17:00:00Z") },
    ]);
  });

  it("gives the same keys when a window is computed again, and the same whether scanned at once or bit by bit", () => {
    const facts = { ...nothing, ownPromises: [{ id: "p1", timing: daily }] };
    const once = remindersDue(facts, window("2026-05-04T12:00:00Z", "2026-05-05T00:00:00Z"));
    expect(once).toHaveLength(1);
    expect(remindersDue(facts, window("2026-05-04T12:00:00Z", "2026-05-05T00:00:00Z"))).toEqual(once);
    expect(scanEvery(facts, "2026-05-04T12:00:00Z", "2026-05-05T00:00:00Z")).toEqual(once);
  });

  it("says nothing of an occurrence already marked, or of one after the promise ended", () => {
    const marked = { ...daily, markedKeys: new Set(["2026-05-05T18:00"]) };
    const ended = { ...daily, endedAt: t("2026-05-05T12:00:00Z") };
    const span = window("2026-05-05T00:00:00Z", "2026-05-07T00:00:00Z");
    expect(
      remindersDue({ ...nothing, ownPromises: [{ id: "p1", timing: marked }] }, span).map((r) => r.key),
    ).toEqual(["promise-due:p1:2026-05-06T18:00"]);
    expect(remindersDue({ ...nothing, ownPromises: [{ id: "p1", timing: ended }] }, span)).toEqual([]);
  });

  it("drops an occurrence whose marking window closed before a late scan caught up", () => {
    const facts = { ...nothing, ownPromises: [{ id: "p1", timing: daily }] };
    // Due at 17:00 UTC on the 4th, markable until 05:00 on the 5th: a scan that only runs at 06:00 is too late.
    expect(remindersDue(facts, window("2026-05-04T16:00:00Z", "2026-05-05T06:00:00Z"))).toEqual([]);
    expect(remindersDue(facts, window("2026-05-04T16:00:00Z", "2026-05-05T04:00:00Z"))).toHaveLength(1);
  });
});

describe("check-in reminders", () => {
  it("has no rhythm to recall before the first check-in", () => {
    expect(checkinCadence([], t("2026-05-04T12:00:00Z"))).toBeUndefined();
    expect(remindersDue(nothing, window("2026-05-04T00:00:00Z", "2026-05-10T00:00:00Z"))).toEqual([]);
  });

  it("recalls a daily rhythm each evening in the person's own time, unless that day's check-in is done", () => {
    const facts = {
      ...nothing,
      ownCheckins: [checkin("daily", "2026-05-04T08:00:00Z"), checkin("daily", "2026-05-06T08:00:00Z")],
    };
    const due = scanEvery(facts, "2026-05-04T00:00:00Z", "2026-05-08T00:00:00Z");
    // 19:00 at UTC+1 is 18:00 UTC; the 4th and 6th are done.
    expect(due).toEqual([
      { kind: "checkin-due", key: "checkin-due:member-1:2026-05-05", at: t("2026-05-05T18:00:00Z") },
      { kind: "checkin-due", key: "checkin-due:member-1:2026-05-07", at: t("2026-05-07T18:00:00Z") },
    ]);
  });

  it("recalls a weekly rhythm once a week from the last check-in, not every evening", () => {
    const facts = { ...nothing, ownCheckins: [checkin("weekly", "2026-05-04T08:00:00Z", 0)] };
    const due = scanEvery(facts, "2026-05-04T00:00:00Z", "2026-05-20T00:00:00Z", 60);
    expect(due.map((r) => r.key)).toEqual([
      "checkin-due:member-1:2026-05-11",
      "checkin-due:member-1:2026-05-18",
    ]);
    expect(checkinCadence(facts.ownCheckins, t("2026-05-10T00:00:00Z"))).toBe("weekly");
  });

  it("eases a daily rhythm that stopped into a weekly one after seven days", () => {
    const history = [checkin("daily", "2026-05-04T08:00:00Z")];
    expect(checkinCadence(history, t("2026-05-10T19:00:00Z"))).toBe("daily");
    expect(checkinCadence(history, t("2026-05-11T19:00:00Z"))).toBe("weekly");
  });
});

describe("the check-in rhythm a calendar shows", () => {
  it("starts a daily rhythm this evening, or tomorrow's once this evening has passed", () => {
    const history = [checkin("daily", "2026-05-04T08:00:00Z")];
    expect(checkinRhythm(history, t("2026-05-04T12:00:00Z"))).toEqual({
      cadence: "daily",
      firstAt: t("2026-05-04T18:00:00Z"),
    });
    expect(checkinRhythm(history, t("2026-05-04T18:30:00Z"))?.firstAt).toEqual(t("2026-05-05T18:00:00Z"));
  });

  it("counts a weekly rhythm's weeks from the last check-in, and has none before the first", () => {
    const history = [checkin("weekly", "2026-05-04T08:00:00Z", 0)];
    expect(checkinRhythm(history, t("2026-05-06T12:00:00Z"))).toEqual({
      cadence: "weekly",
      firstAt: t("2026-05-11T19:00:00Z"),
    });
    expect(checkinRhythm(history, t("2026-05-12T12:00:00Z"))?.firstAt).toEqual(t("2026-05-18T19:00:00Z"));
    expect(checkinRhythm([], t("2026-05-06T12:00:00Z"))).toBeUndefined();
  });
});

describe("a check-in rhythm the person chose", () => {
  const keysOf = (found: DueReminder[]) => found.map((r) => [r.key, r.at.toISOString()]);

  it("recalls a chosen daily rhythm every evening in its time zone, before any check-in, across a change of clocks", () => {
    const facts = { ...nothing, chosenCadence: { rhythm: "daily", timeZone: "Europe/Berlin" } as const };
    // Clocks go forward in Berlin on 29 March 2026: 19:00 is 18:00 UTC before, 17:00 UTC after.
    expect(keysOf(scanEvery(facts, "2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z", 60))).toEqual([
      ["checkin-due:member-1:2026-03-28", "2026-03-28T18:00:00.000Z"],
      ["checkin-due:member-1:2026-03-29", "2026-03-29T17:00:00.000Z"],
    ]);
    const done = { ...facts, ownCheckins: [checkin("daily", "2026-03-29T08:00:00Z", 120)] };
    expect(keysOf(scanEvery(done, "2026-03-29T00:00:00Z", "2026-03-30T00:00:00Z", 60))).toEqual([]);
  });

  it("recalls a chosen weekly rhythm on its weekday only, and not when the weekly check-in was made in the week before", () => {
    // Wednesday is 3: 6 and 13 May 2026 are Wednesdays.
    const facts = {
      ...nothing,
      ownCheckins: [checkin("daily", "2026-05-04T08:00:00Z"), checkin("daily", "2026-05-05T08:00:00Z")],
      chosenCadence: { rhythm: "weekly", weekday: 3, timeZone: "UTC" } as const,
    };
    expect(keysOf(scanEvery(facts, "2026-05-04T00:00:00Z", "2026-05-14T00:00:00Z", 60))).toEqual([
      ["checkin-due:member-1:2026-05-06", "2026-05-06T19:00:00.000Z"],
      ["checkin-due:member-1:2026-05-13", "2026-05-13T19:00:00.000Z"],
    ]);
    const keptUp = { ...facts, ownCheckins: [checkin("weekly", "2026-05-10T08:00:00Z")] };
    expect(keysOf(scanEvery(keptUp, "2026-05-11T00:00:00Z", "2026-05-14T00:00:00Z", 60))).toEqual([]);
    expect(checkinRhythm([], t("2026-05-07T12:00:00Z"), facts.chosenCadence)).toEqual({
      cadence: "weekly",
      firstAt: t("2026-05-13T19:00:00Z"),
    });
  });

  it("recalls nothing and shows no rhythm when the person chose none, and follows their check-ins on auto", () => {
    const history = [checkin("daily", "2026-05-04T08:00:00Z")];
    const off = { ...nothing, ownCheckins: history, chosenCadence: { rhythm: "off" } as const };
    expect(scanEvery(off, "2026-05-04T00:00:00Z", "2026-05-08T00:00:00Z", 60)).toEqual([]);
    expect(checkinRhythm(history, t("2026-05-04T12:00:00Z"), { rhythm: "off" })).toBeUndefined();
    const auto = { ...nothing, ownCheckins: history, chosenCadence: { rhythm: "auto" } as const };
    expect(scanEvery(auto, "2026-05-04T00:00:00Z", "2026-05-08T00:00:00Z", 60)).toEqual(
      scanEvery({ ...nothing, ownCheckins: history }, "2026-05-04T00:00:00Z", "2026-05-08T00:00:00Z", 60),
    );
  });
});

describe("talks, reviews and the monthly conversation", () => {
  it("recalls a scheduled talk when it can be started, fifteen minutes before, and not once it has begun", () => {
    const facts = { ...nothing, scheduledTalks: [{ id: "t1", startsAt: t("2026-05-04T20:00:00Z") }] };
    expect(remindersDue(facts, window("2026-05-04T19:40:00Z", "2026-05-04T19:50:00Z"))).toEqual([
      { kind: "talk-soon", key: "talk-soon:t1:2026-05-04T20:00:00.000Z", at: t("2026-05-04T19:45:00Z") },
    ]);
    expect(remindersDue(facts, window("2026-05-04T19:40:00Z", "2026-05-04T20:05:00Z"))).toEqual([]);
  });

  it("recalls a review date and the monthly conversation when they come, however late the scan", () => {
    const facts = {
      ...nothing,
      agreementReviews: [{ agreementId: "a1", dueAt: t("2026-05-11T00:00:00Z") }],
      monthlyConversationDue: t("2026-05-11T10:00:00Z"),
    };
    expect(remindersDue(facts, window("2026-05-10T23:00:00Z", "2026-05-11T23:00:00Z"))).toEqual([
      {
        kind: "agreement-review-due",
        key: "agreement-review-due:a1:2026-05-11T00:00:00.000Z",
        at: t("2026-05-11T00:00:00Z"),
      },
      {
        kind: "monthly-conversation",
        key: "monthly-conversation:space-1:2026-05-11T10:00:00.000Z",
        at: t("2026-05-11T10:00:00Z"),
      },
    ]);
    expect(remindersDue(facts, window("2026-05-11T10:00:01Z", "2026-05-12T00:00:00Z"))).toEqual([]);
  });
});
