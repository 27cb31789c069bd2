import { describe, expect, it } from "vitest";
import { decisionPartText } from "../deciding/parts.ts";
import { timelineEntryWords } from "./contract.ts";
import { inTimelineOrder, privateEntryInWords } from "./entries.ts";

const decision = {
  path: "separate",
  timeFrame: { amount: 2, unit: "weeks" },
  revisitOn: "2027-01-04",
  wants: "Quiet",
  fears: "Going back",
  mustChange: "Everything",
} as const;

describe("the words of a private entry", () => {
  it("puts dated timeline entries in date order, and the roughly placed ones after, as written", () => {
    const entries = [
      { id: "a", date: null },
      { id: "b", date: "2026-06-02" },
      { id: "c", date: "2026-01-15" },
      { id: "d", date: null },
    ];
    expect(inTimelineOrder(entries).map((e) => e.id)).toEqual(["c", "b", "a", "d"]);
  });

  it("seals a timeline entry in one shape, whether its when is a date or in words", () => {
    expect(timelineEntryWords.parse({ roughly: " Spring ", happened: "x", certainty: "know" })).toEqual({
      date: null,
      roughly: "Spring",
      happened: "x",
      certainty: "know",
    });
    expect(timelineEntryWords.safeParse({ happened: "x", certainty: "know" }).success).toBe(false);
  });

  it("reads in the export as the server once wrote it, a decision's path in the relationship's words", () => {
    const timeline = JSON.stringify({ date: null, roughly: "Spring", happened: "A trip", certainty: "know" });
    expect(privateEntryInWords("solo-timeline", timeline, "partner")).toEqual({
      title: "Timeline (Spring)",
      text: "I know: A trip",
    });
    expect(privateEntryInWords("solo-own-amend", JSON.stringify({ what: "Pay back" }), "partner")).toEqual({
      text: "Pay back",
    });
    expect(privateEntryInWords("solo-decision", JSON.stringify(decision), "partner").title).toBe(
      "Decision: Separate",
    );
    expect(privateEntryInWords("solo-decision", JSON.stringify(decision), "friend").title).toBe(
      "Decision: Step away completely",
    );
  });

  it("gives a shared part of a decision the words the other person reads", () => {
    expect(decisionPartText(decision, "path", "partner")).toBe(
      "Separate: for 2 weeks, looking at it again on 2027-01-04.",
    );
    expect(decisionPartText(decision, "must_change", "partner")).toBe("Everything");
  });
});
