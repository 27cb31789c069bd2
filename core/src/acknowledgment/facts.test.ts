import { describe, expect, it } from "vitest";
import {
  type SharedStatementRecord,
  type StatementResponseRecord,
  statementEvidence,
  statementFacts,
} from "./facts.ts";

const at = (day: number) => new Date(Date.UTC(2026, 4, day, 12));
const now = at(20);

const apology = {
  whatIDid: "I lied",
  impact: "You stopped sleeping",
  responsibility: "My choice",
  change: "",
  amends: "",
};
const versions: SharedStatementRecord[] = [
  { id: "v1", authorId: "kit", kind: "acknowledgment", sharedAt: at(2), parts: apology },
  {
    id: "v2",
    authorId: "kit",
    kind: "acknowledgment",
    sharedAt: at(5),
    parts: { ...apology, change: "I tell you first" },
  },
  {
    id: "i1",
    authorId: "robin",
    kind: "impact",
    sharedAt: at(1),
    parts: { happened: "…", felt: "…", need: "" },
  },
  { id: "late", authorId: "kit", kind: "acknowledgment", sharedAt: at(25), parts: apology },
];
const responses: StatementResponseRecord[] = [
  { versionId: "v1", responderId: "robin", response: "partly", at: at(3) },
  { versionId: "v2", responderId: "robin", response: "heard", at: at(6) },
  { versionId: "v2", responderId: "robin", response: "heard", at: at(7) },
  { versionId: "i1", responderId: "kit", response: "heard", at: at(2) },
];

describe("statement facts for the method", () => {
  it("counts shared versions per writer, apologies only when they offer change or amends, and ignores the future", () => {
    const facts = statementFacts(versions, responses, now);
    expect(facts.get("kit")).toMatchObject({
      acknowledgmentsShared: [at(2), at(5)],
      apologiesShared: [at(5)],
      impactStatementsShared: [],
    });
    expect(facts.get("robin")?.impactStatementsShared).toEqual([at(1)]);
  });

  it("records the reader's responses to acknowledgments only", () => {
    const facts = statementFacts(versions, responses, now);
    expect(facts.get("robin")?.acknowledgmentResponses).toEqual([
      { response: "partly", at: at(3) },
      { response: "heard", at: at(6) },
      { response: "heard", at: at(7) },
    ]);
    expect(facts.get("kit")?.acknowledgmentResponses).toEqual([]);
  });
});

describe("statement evidence for the trust model", () => {
  it("credits the writer once per version that made the reader feel heard", () => {
    expect(statementEvidence(versions, responses, now).get("kit")).toEqual([
      { kind: "acknowledgment_accepted", at: at(6), sourceId: "v2" },
    ]);
    expect(statementEvidence(versions, responses, at(5)).get("kit")).toBeUndefined();
  });
});
