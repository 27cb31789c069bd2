import { describe, expect, it } from "vitest";
import { isStreamedEventKind, streamedEventKinds, subjectTypeOf, subjectTypes } from "./contract.ts";

describe("streamed events", () => {
  it("name a known subject type in the first word of every kind", () => {
    for (const kind of streamedEventKinds) expect(subjectTypes).toContain(subjectTypeOf(kind));
  });

  it("never include private happenings such as drafts or un-sharing", () => {
    expect(streamedEventKinds.some((kind) => /draft|unshare|private|trigger/.test(kind))).toBe(false);
    expect(isStreamedEventKind("statement.draft_saved")).toBe(false);
    expect(isStreamedEventKind("talk.paused")).toBe(true);
  });
});
