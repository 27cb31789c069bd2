import { describe, expect, it } from "vitest";
import { conversationFindings } from "./conversation-findings.ts";

const at = new Date(Date.UTC(2026, 1, 2, 20));

describe("conversationFindings", () => {
  it("counts listening back, validating and thanks as helpful moments", () => {
    const findings = conversationFindings([
      { at, text: "Thank you for staying up with me." },
      { at, text: "It sounds like you felt unheard when I talked over you." },
      { at, text: "I hear that you are scared, and that makes sense." },
    ]);
    expect(findings).toEqual([
      { at, helpful: 1, harmful: 0 },
      { at, helpful: 1, harmful: 0 },
      { at, helpful: 2, harmful: 0 },
    ]);
  });

  it("counts sweeping blame, contempt and dismissal as harmful moments", () => {
    const findings = conversationFindings([
      { at, text: "You always twist everything I say." },
      { at, text: "You're so pathetic, honestly." },
      { at, text: "You're overreacting, it was one dinner." },
    ]);
    expect(findings).toEqual([
      { at, helpful: 0, harmful: 1 },
      { at, helpful: 0, harmful: 1 },
      { at, helpful: 0, harmful: 1 },
    ]);
  });

  it("keeps both sides of a mixed text, dated when it was shared", () => {
    const later = new Date(at.getTime() + 86_400_000);
    const findings = conversationFindings([
      { at: later, text: "I appreciate you cooking tonight, but you never listen to me about money." },
    ]);
    expect(findings).toEqual([{ at: later, helpful: 1, harmful: 1 }]);
  });

  it("counts a kind of wording once per text, however often it recurs", () => {
    expect(conversationFindings([{ at, text: "You never listen and you always do this." }])).toEqual([
      { at, helpful: 0, harmful: 1 },
    ]);
  });

  it("leaves out texts in which nothing was noticed, so a quiet week stays quiet", () => {
    expect(
      conversationFindings([
        { at, text: "We talked about the plans for the weekend." },
        { at, text: "" },
      ]),
    ).toEqual([]);
  });
});
