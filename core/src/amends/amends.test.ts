import { describe, expect, it } from "vitest";
import { amendEvidence, amendsMadeByMember } from "./evidence.ts";
import {
  type AmendRecord,
  type AmendStep,
  amendDueAt,
  amendMoves,
  amendStatus,
  isLate,
} from "./lifecycle.ts";

const maker = "maker";
const receiver = "receiver";
const day = (iso: string) => new Date(iso);

const offered: AmendRecord = {
  id: "a1",
  proposerId: maker,
  makerId: maker,
  receiverId: receiver,
  origin: "offered",
  byDate: "2026-05-10",
  counterToId: null,
  createdAt: day("2026-05-01T10:00:00Z"),
};

const step = (action: AmendStep["action"], at: string, memberId = receiver): AmendStep => ({
  amendId: "a1",
  memberId,
  action,
  note: null,
  at: day(at),
});

describe("amend lifecycle", () => {
  it("follows proposed → accepted → done → confirmed, and 'not yet' returns it to agreed", () => {
    expect(amendStatus([], null)).toBe("proposed");
    const accepted = [step("accepted", "2026-05-02T00:00:00Z")];
    expect(amendStatus(accepted, null)).toBe("accepted");
    const done = [...accepted, step("done", "2026-05-03T00:00:00Z", maker)];
    expect(amendStatus(done, null)).toBe("done");
    expect(amendStatus([...done, step("not_yet", "2026-05-04T00:00:00Z")], null)).toBe("accepted");
    expect(amendStatus([...done, step("confirmed", "2026-05-04T00:00:00Z")], null)).toBe("confirmed");
    expect(amendStatus([], day("2026-05-02T00:00:00Z"))).toBe("countered");
  });

  it("lets only the one who did not propose answer, only the maker mark it made, and only the other confirm", () => {
    expect(amendMoves(offered, "proposed", receiver)).toMatchObject({
      accept: true,
      counter: true,
      withdraw: false,
    });
    expect(amendMoves(offered, "proposed", maker)).toMatchObject({ accept: false, withdraw: true });
    expect(amendMoves(offered, "accepted", maker).markDone).toBe(true);
    expect(amendMoves(offered, "accepted", receiver).markDone).toBe(false);
    expect(amendMoves(offered, "done", receiver).confirm).toBe(true);
    expect(amendMoves(offered, "done", maker).confirm).toBe(false);
  });

  it("is late only once its date has ended in every time zone", () => {
    expect(amendDueAt("2026-05-10").toISOString()).toBe("2026-05-11T12:00:00.000Z");
    expect(isLate(offered, "accepted", day("2026-05-11T11:59:00Z"))).toBe(false);
    expect(isLate(offered, "accepted", day("2026-05-11T12:00:00Z"))).toBe(true);
    expect(isLate(offered, "done", day("2026-06-01T00:00:00Z"))).toBe(false);
  });
});

describe("amends as evidence", () => {
  const now = day("2026-06-01T00:00:00Z");

  it("counts a confirmed amend for its maker, never the maker's own 'done' alone", () => {
    const steps = [
      step("accepted", "2026-05-02T00:00:00Z"),
      step("done", "2026-05-05T00:00:00Z", maker),
      step("confirmed", "2026-05-06T00:00:00Z"),
    ];
    expect(amendEvidence([offered], steps, new Set(), now).get(maker)).toEqual([
      { kind: "amend_made", at: day("2026-05-06T00:00:00Z"), sourceId: "a1" },
    ]);
    expect(amendEvidence([offered], steps.slice(0, 2), new Set(), now).get(maker)).toBeUndefined();
    expect(amendsMadeByMember([offered], steps).get(maker)).toEqual([day("2026-05-06T00:00:00Z")]);
  });

  it("counts an agreed amend left unmade past its date as late, and stays so if it is made afterwards", () => {
    const late = [step("accepted", "2026-05-02T00:00:00Z"), step("done", "2026-05-20T00:00:00Z", maker)];
    expect(amendEvidence([offered], late, new Set(), now).get(maker)).toEqual([
      { kind: "amend_late", at: day("2026-05-11T12:00:00Z"), sourceId: "a1" },
    ]);
  });

  it("never counts a declined, unanswered or replaced amend for or against anyone", () => {
    expect(amendEvidence([offered], [step("declined", "2026-05-02T00:00:00Z")], new Set(), now).size).toBe(0);
    expect(amendEvidence([offered], [], new Set(), now).size).toBe(0);
    expect(
      amendEvidence([offered], [step("accepted", "2026-05-02T00:00:00Z")], new Set(["a1"]), now).size,
    ).toBe(0);
  });
});
