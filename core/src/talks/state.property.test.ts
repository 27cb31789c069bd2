import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedTalkActions,
  type TalkAction,
  type TalkEntry,
  talkActions,
  talkState,
  talkTimer,
} from "./state.ts";

const parties = { proposerId: "a", partnerId: "b", limitMinutes: 30 };
const minute = 60_000;
const start = Date.UTC(2026, 4, 4, 18);

/** Plays a random history through the same permission table the server uses. */
function play(choices: readonly { who: 0 | 1; action: number; gap: number }[]) {
  const entries: TalkEntry[] = [
    { id: "p", kind: "time_proposed", by: "a", at: new Date(start), startsAt: null },
  ];
  let t = start;
  for (const [i, choice] of choices.entries()) {
    t += choice.gap * minute;
    const at = new Date(t);
    const by = choice.who === 0 ? "a" : "b";
    const state = talkState(entries);
    const allowed = allowedTalkActions(parties, state, by, at);
    const open = talkActions.filter((a) => allowed[a]);
    const action: TalkAction | undefined = open[choice.action % Math.max(open.length, 1)];
    const id = `e${i}`;
    const turn = state.turns.at(-1);
    switch (action) {
      case "accept":
        entries.push({ id, kind: "accepted", by, at });
        break;
      case "proposeTime":
        entries.push({ id, kind: "time_proposed", by, at, startsAt: null });
        break;
      case "start":
      case "resume":
      case "cancel":
        entries.push({
          id,
          kind: action === "start" ? "started" : action === "resume" ? "resumed" : "cancelled",
          by,
          at,
        });
        break;
      case "pause":
        entries.push({ id, kind: "paused", by, at, returnAt: new Date(t + 30 * minute), suggestion: null });
        break;
      case "end":
        entries.push({ id, kind: "ended", by, at, finished: choice.gap % 2 === 0 });
        break;
      case "speak":
        entries.push({ id, kind: "point", by, at, text: "point" });
        break;
      case "reflect":
        entries.push({ id, kind: "reflection", by, at, turnId: turn?.id ?? "", text: "heard" });
        break;
      case "rate":
        entries.push({
          id,
          kind: "rating",
          by,
          at,
          turnId: turn?.id ?? "",
          rating: choice.gap % 3 === 0 ? "thats_it" : "partly",
        });
        break;
      case "summarize":
        entries.push({ id, kind: "summary", by, at, text: "summary" });
        break;
      case "writeReflection":
      case undefined:
        break;
    }
  }
  return { entries, now: new Date(t) };
}

const choicesArb = fc.array(
  fc.record({
    who: fc.constantFrom(0 as const, 1 as const),
    action: fc.nat(12),
    gap: fc.integer({ min: 0, max: 90 }),
  }),
  { maxLength: 40 },
);

describe("talk rules, for any history the rules allow", () => {
  it("keeps the clock between zero and the time actually spent talking", () => {
    fc.assert(
      fc.property(choicesArb, (choices) => {
        const { entries, now } = play(choices);
        const state = talkState(entries);
        const timer = talkTimer(state, parties.limitMinutes, now);
        if (!timer) return;
        expect(timer.usedMs).toBeGreaterThanOrEqual(0);
        expect(timer.usedMs).toBeLessThanOrEqual(now.getTime() - timer.startedAt.getTime());
        expect(timer.remainingMs).toBe(Math.max(0, timer.limitMs - timer.usedMs));
        expect(timer.runningSince === null).toBe(state.status !== "running");
      }),
    );
  });

  it("has at most one open turn, and only while the talk has started", () => {
    fc.assert(
      fc.property(choicesArb, (choices) => {
        const state = talkState(play(choices).entries);
        expect(state.turns.slice(0, -1).every((turn) => turn.status === "done")).toBe(true);
        if (state.turns.length > 0) expect(state.firstStartedAt).not.toBeNull();
      }),
    );
  });

  it("counts one pause per break and allows pausing only while running", () => {
    fc.assert(
      fc.property(choicesArb, (choices) => {
        const { entries, now } = play(choices);
        const state = talkState(entries);
        expect(state.pauses).toHaveLength(entries.filter((e) => e.kind === "paused").length);
        for (const who of ["a", "b"]) {
          expect(allowedTalkActions(parties, state, who, now).pause).toBe(state.status === "running");
        }
      }),
    );
  });
});
