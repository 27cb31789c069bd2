import { describe, expect, it } from "vitest";
import { agreementActions } from "../agreements/lifecycle.ts";
import { planActions } from "../closeness/time-together.ts";
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

  it("never include what even the timing would give away: ladder answers, letters, forgiveness, journals, check-ins", () => {
    const hidden = /^(closeness_ladder|letter|reflection|forgiveness|checkin|calendar_feed)\./;
    expect(streamedEventKinds.filter((kind) => hidden.test(kind))).toEqual([]);
    for (const kind of [
      "closeness_ladder.changed",
      "letter.written",
      "reflection.written",
      "forgiveness.reflection_shared",
      "checkin.submitted",
      "checkin.sharing_changed",
      "calendar_feed.created",
      // The first of two time-together lines: the other may not learn it was written.
      "time_together.reflected",
    ]) {
      expect(isStreamedEventKind(kind)).toBe(false);
    }
  });

  it("cover every step of an agreement's life and every change to a plan for time together", () => {
    for (const action of agreementActions) expect(isStreamedEventKind(`agreement.${action}`)).toBe(true);
    for (const action of planActions.filter((a) => a !== "reflect"))
      expect(isStreamedEventKind(`time_together.${action}`)).toBe(true);
  });
});
