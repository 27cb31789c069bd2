import { describe, expect, it } from "vitest";
import { allowedTalkActions, openTurn, type TalkEntry, talkState, talkTimer } from "./state.ts";

const minute = 60_000;
const t0 = Date.UTC(2026, 4, 4, 18);
const at = (minutes: number) => new Date(t0 + minutes * minute);
const parties = { proposerId: "robin", partnerId: "kit", limitMinutes: 30 };

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;
let seq = 0;
const entry = (e: WithoutId<TalkEntry>): TalkEntry => ({ ...e, id: `e${++seq}` });
const propose = (minutes: number, by = "robin", startsAt: Date | null = null) =>
  entry({ kind: "time_proposed", by, at: at(minutes), startsAt });
const simple = (kind: "accepted" | "started" | "resumed" | "cancelled", minutes: number, by = "kit") =>
  entry({ kind, by, at: at(minutes) });
const pause = (minutes: number, by = "kit", breakMinutes = 20) =>
  entry({ kind: "paused", by, at: at(minutes), returnAt: at(minutes + breakMinutes), suggestion: "walk" });

describe("a talk from proposal to end", () => {
  it("waits for the other person's yes, then runs", () => {
    const proposed = talkState([propose(0)]);
    expect(proposed.status).toBe("proposed");
    expect(allowedTalkActions(parties, proposed, "kit", at(0)).accept).toBe(true);
    expect(allowedTalkActions(parties, proposed, "robin", at(0)).accept).toBe(false);
    const running = talkState([propose(0), simple("accepted", 1), simple("started", 1)]);
    expect(running.status).toBe("running");
    expect(running.firstStartedAt).toEqual(at(1));
  });

  it("lets the other person suggest another time, which the proposer then accepts", () => {
    const countered = talkState([propose(0, "robin", at(60)), propose(5, "kit", at(120))]);
    expect(countered.proposal).toMatchObject({ by: "kit", startsAt: at(120) });
    expect(allowedTalkActions(parties, countered, "robin", at(6)).accept).toBe(true);
    expect(allowedTalkActions(parties, countered, "kit", at(6)).accept).toBe(false);
    const scheduled = talkState([
      propose(0, "robin", at(60)),
      propose(5, "kit", at(120)),
      simple("accepted", 6, "robin"),
    ]);
    expect(scheduled).toMatchObject({ status: "scheduled", scheduledFor: at(120), proposal: null });
  });

  it("can be started from a quarter of an hour before the agreed time", () => {
    const scheduled = talkState([propose(0, "robin", at(120)), simple("accepted", 1)]);
    expect(allowedTalkActions(parties, scheduled, "robin", at(104)).start).toBe(false);
    expect(allowedTalkActions(parties, scheduled, "robin", at(105)).start).toBe(true);
  });

  it("stops the clock during a break and counts down the rest after resuming", () => {
    const entries = [
      propose(0),
      simple("accepted", 0),
      simple("started", 0),
      pause(10),
      simple("resumed", 40),
    ];
    const state = talkState(entries);
    const timer = talkTimer(state, 30, at(45));
    expect(timer).toMatchObject({
      usedMs: 15 * minute,
      remainingMs: 15 * minute,
      runningSince: at(40),
      endsAt: at(60),
      timeUp: false,
    });
    expect(talkTimer(talkState(entries.slice(0, 4)), 30, at(30))).toMatchObject({
      usedMs: 10 * minute,
      endsAt: null,
      runningSince: null,
    });
    expect(talkTimer(state, 30, at(61))?.timeUp).toBe(true);
  });

  it("lets the person who paused come back after 20 minutes, and the other only at the return time", () => {
    const state = talkState([propose(0), simple("accepted", 0), simple("started", 0), pause(10, "kit", 60)]);
    expect(allowedTalkActions(parties, state, "kit", at(29)).resume).toBe(false);
    expect(allowedTalkActions(parties, state, "kit", at(30)).resume).toBe(true);
    expect(allowedTalkActions(parties, state, "robin", at(30)).resume).toBe(false);
    expect(allowedTalkActions(parties, state, "robin", at(70)).resume).toBe(true);
  });

  it("restarts with a fresh clock when rescheduled during a break", () => {
    const entries = [
      propose(0),
      simple("accepted", 0),
      simple("started", 0),
      pause(25),
      propose(50, "kit", at(24 * 60)),
      simple("accepted", 55, "robin"),
      simple("started", 24 * 60),
    ];
    const state = talkState(entries);
    expect(state.pauses).toEqual([at(25)]);
    expect(talkTimer(state, 30, at(24 * 60 + 5))).toMatchObject({
      usedMs: 5 * minute,
      startedAt: at(24 * 60),
    });
    expect(state.firstStartedAt).toEqual(at(0));
  });

  it("records how it ended, and counts a cancelled sitting after a start as ending early", () => {
    const started = [propose(0), simple("accepted", 0), simple("started", 0)];
    expect(
      talkState([...started, entry({ kind: "ended", by: "kit", at: at(30), finished: true })]).outcome,
    ).toBe("completed");
    expect(
      talkState([...started, entry({ kind: "ended", by: "kit", at: at(5), finished: false })]).outcome,
    ).toBe("ended_early");
    expect(talkState([propose(0), simple("cancelled", 1)]).outcome).toBeNull();
    const rescheduledThenCancelled = [
      ...started,
      pause(5),
      propose(30, "kit", at(600)),
      simple("cancelled", 40),
    ];
    expect(talkState(rescheduledThenCancelled).outcome).toBe("ended_early");
  });
});

describe("speaker and listener turns", () => {
  const running = [propose(0), simple("accepted", 0), simple("started", 0)];

  it("has the listener reflect, the speaker rate, and the listener try again until the speaker says that's it", () => {
    const point = entry({ kind: "point", by: "robin", at: at(1), text: "I felt alone at night" });
    const first = entry({
      kind: "reflection",
      by: "kit",
      at: at(2),
      turnId: point.id,
      text: "You were lonely",
    });
    const partly = entry({ kind: "rating", by: "robin", at: at(3), turnId: point.id, rating: "partly" });
    let state = talkState([...running, point]);
    expect(allowedTalkActions(parties, state, "kit", at(1))).toMatchObject({ reflect: true, speak: false });
    expect(allowedTalkActions(parties, state, "robin", at(1))).toMatchObject({
      reflect: false,
      rate: false,
      speak: false,
    });
    state = talkState([...running, point, first]);
    expect(allowedTalkActions(parties, state, "robin", at(2)).rate).toBe(true);
    state = talkState([...running, point, first, partly]);
    expect(openTurn(state)?.status).toBe("awaiting_reflection");
    const second = entry({
      kind: "reflection",
      by: "kit",
      at: at(4),
      turnId: point.id,
      text: "Alone, at night, while I was out",
    });
    const done = entry({ kind: "rating", by: "robin", at: at(5), turnId: point.id, rating: "thats_it" });
    state = talkState([...running, point, first, partly, second, done]);
    expect(openTurn(state)).toBeUndefined();
    expect(state.turns[0]?.attempts.map((a) => a.rating)).toEqual(["partly", "thats_it"]);
    expect(allowedTalkActions(parties, state, "kit", at(6)).speak).toBe(true);
  });

  it("holds turns during a break", () => {
    const state = talkState([...running, pause(3)]);
    expect(allowedTalkActions(parties, state, "robin", at(4))).toMatchObject({
      speak: false,
      pause: false,
      end: true,
    });
  });
});

describe("someone outside the talk", () => {
  it("may do nothing at all", () => {
    const state = talkState([propose(0)]);
    expect(Object.values(allowedTalkActions(parties, state, "stranger", at(0))).some(Boolean)).toBe(false);
  });
});
