import { describe, expect, it } from "vitest";
import { counselorGuide } from "./counselor-guide.ts";

describe("counselorGuide", () => {
  it("covers credentials, experience with broken trust, the first consultation and what to expect", () => {
    const ids = counselorGuide.sections.map((section) => section.id);
    expect(ids).toEqual(
      expect.arrayContaining(["qualified", "experience", "first_meeting", "what_to_expect"]),
    );
  });

  it("tells people when couples sessions are not the safe first step", () => {
    const section = counselorGuide.sections.find((s) => s.id === "not_couples_first");
    expect(section?.points.join(" ")).toMatch(/safety page/);
  });

  it("has no empty section", () => {
    for (const section of counselorGuide.sections) expect(section.points.length).toBeGreaterThan(0);
  });
});
