import { describe, expect, it } from "vitest";
import {
  acknowledgmentDraftParts,
  acknowledgmentShareInput,
  impactShareInput,
  statementResponseInput,
} from "./contract.ts";

describe("statement inputs", () => {
  it("keeps a draft with any parts missing or empty", () => {
    expect(acknowledgmentDraftParts.parse({})).toEqual({});
    expect(acknowledgmentDraftParts.parse({ whatIDid: "" })).toEqual({ whatIDid: "" });
  });

  it("refuses a part the statement does not have, naming it", () => {
    const result = acknowledgmentDraftParts.safeParse({ excuses: "it was complicated" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/excuses/);
  });

  it("will not share an acknowledgment without what was done, its impact and responsibility", () => {
    const result = acknowledgmentShareInput.safeParse({
      parts: { whatIDid: "I lied about the money", impact: " " },
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/What it did to you/),
        expect.stringMatching(/My responsibility/),
      ]),
    );
  });

  it("shares optional parts as empty text when they were left out", () => {
    expect(impactShareInput.parse({ parts: { happened: " I found the messages ", felt: "Small" } })).toEqual({
      parts: { happened: "I found the messages", felt: "Small", need: "" },
    });
  });

  it("asks for a note when the acknowledgment only partly landed", () => {
    expect(statementResponseInput.safeParse({ response: "partly" }).success).toBe(false);
    expect(statementResponseInput.safeParse({ response: "partly", note: "The months before" }).success).toBe(
      true,
    );
    expect(statementResponseInput.safeParse({ response: "heard" }).success).toBe(true);
  });
});
