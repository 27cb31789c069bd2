import { describe, expect, it } from "vitest";
import { type ReassuranceRecord, reassuranceEvidence, replyMinutes } from "./facts.ts";
import { reassuranceReplyWindowMs } from "./fields.ts";

const hour = 3_600_000;
const t0 = Date.UTC(2026, 4, 4, 9);
const at = (hours: number) => new Date(t0 + hours * hour);
const request = (id: string, overrides: Partial<ReassuranceRecord>): ReassuranceRecord => ({
  id,
  requesterId: "robin",
  recipientId: "kit",
  createdAt: at(0),
  firstReplyAt: null,
  outcome: null,
  ...overrides,
});

describe("reassurance evidence", () => {
  it("credits the person asked when their reply helped", () => {
    const evidence = reassuranceEvidence(
      [request("r1", { firstReplyAt: at(1), outcome: { helped: true, at: at(2) } })],
      at(3),
    );
    expect(evidence.get("kit")).toEqual([{ kind: "reassurance_helped", at: at(2), sourceId: "r1" }]);
  });

  it("moves nothing when the reply came in time but did not help", () => {
    const evidence = reassuranceEvidence(
      [request("r1", { firstReplyAt: at(1), outcome: { helped: false, at: at(2) } })],
      at(48),
    );
    expect(evidence.get("kit")).toEqual([]);
  });

  it("counts a request with no reply within a day as unanswered, at the end of that day", () => {
    const deadline = new Date(t0 + reassuranceReplyWindowMs);
    expect(reassuranceEvidence([request("r1", {})], at(23)).get("kit")).toEqual([]);
    expect(reassuranceEvidence([request("r1", {})], at(30)).get("kit")).toEqual([
      { kind: "reassurance_unanswered", at: deadline, sourceId: "r1" },
    ]);
    expect(reassuranceEvidence([request("r1", { firstReplyAt: at(26) })], at(30)).get("kit")).toHaveLength(1);
  });

  it("measures the reply time in whole minutes", () => {
    expect(replyMinutes({ createdAt: at(0), firstReplyAt: new Date(t0 + 90_500) })).toBe(1);
    expect(replyMinutes({ createdAt: at(0), firstReplyAt: null })).toBeNull();
  });
});
