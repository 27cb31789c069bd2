import { describe, expect, it } from "vitest";
import { talkFacts } from "./facts.ts";
import type { TalkEntry } from "./state.ts";

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 4, 18) + minutes * 60_000);
const held = (offset: number, end: TalkEntry["kind"] | null, finished = true): TalkEntry[] => {
  const entries: TalkEntry[] = [
    { id: `p${offset}`, kind: "time_proposed", by: "a", at: at(offset), startsAt: null },
    { id: `a${offset}`, kind: "accepted", by: "b", at: at(offset + 1) },
    { id: `s${offset}`, kind: "started", by: "b", at: at(offset + 1) },
    {
      id: `x${offset}`,
      kind: "paused",
      by: "a",
      at: at(offset + 5),
      returnAt: at(offset + 25),
      suggestion: null,
    },
  ];
  if (end === "ended")
    entries.push({ id: `e${offset}`, kind: "ended", by: "a", at: at(offset + 30), finished });
  return entries;
};

describe("talk facts", () => {
  it("counts talks held from their first start, every break, and how each one went", () => {
    const facts = talkFacts(
      [
        { entries: held(0, "ended", true) },
        { entries: held(100, "ended", false) },
        { entries: held(200, null) },
        { entries: [{ id: "never", kind: "time_proposed", by: "a", at: at(300), startsAt: null }] },
      ],
      at(1000),
    );
    expect(facts.talksHeld).toEqual([at(1), at(101), at(201)]);
    expect(facts.talksPaused).toEqual([at(5), at(105), at(205)]);
    expect(facts.talks.map((t) => t.outcome)).toEqual(["completed", "ended_early", "in_progress"]);
    expect(facts.talks.every((t) => t.pauses === 1)).toBe(true);
  });

  it("ignores what happened after now", () => {
    expect(talkFacts([{ entries: held(0, "ended") }], at(3))).toMatchObject({
      talksHeld: [at(1)],
      talksPaused: [],
    });
  });
});
