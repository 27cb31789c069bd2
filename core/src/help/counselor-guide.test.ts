import { describe, expect, it } from "vitest";
import { relationshipKinds } from "../spaces/contract.ts";
import { counselorGuide } from "./counselor-guide.ts";

const guide = counselorGuide("partner");

describe("counselorGuide", () => {
  it("covers credentials, experience with broken trust, the first consultation and what to expect", () => {
    const ids = guide.sections.map((section) => section.id);
    expect(ids).toEqual(
      expect.arrayContaining(["qualified", "experience", "first_meeting", "what_to_expect"]),
    );
  });

  it("tells people when sessions together are not the safe first step, whatever their relationship", () => {
    for (const kind of relationshipKinds) {
      const section = counselorGuide(kind).sections.find((s) => s.id === "not_together_first");
      expect(section?.points.join(" ")).toMatch(/safety page/);
    }
    expect(guide.sections.find((s) => s.id === "not_together_first")?.title).toBe(
      "When couples sessions are not the first step",
    );
    expect(counselorGuide("family").sections.find((s) => s.id === "not_together_first")?.title).toBe(
      "When family sessions are not the first step",
    );
  });

  it("has no empty section", () => {
    for (const section of guide.sections) expect(section.points.length).toBeGreaterThan(0);
  });
});
