import { describe, expect, it } from "vitest";
import { agreementFacts, consistencyEvidence, promiseFacts } from "./evidence.ts";
import type { AgreementAction } from "./lifecycle.ts";
import type { MarkFacts } from "./occurrences.ts";
import { type AgreementRecord, dueOutcomes, occurrenceOutcomes, type PromiseRecord } from "./records.ts";

const t = (text: string) => new Date(text);
const maker = "m-robin";
const other = "m-kit";

const promise = (marks: Record<string, MarkFacts>): PromiseRecord => ({
  id: "p1",
  makerId: maker,
  timing: {
    schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
    timeZone: "UTC",
    graceHours: 6,
    createdAt: t("2026-05-04T09:00:00Z"),
  },
  marks: new Map(Object.entries(marks)),
});

describe("trust evidence from promises", () => {
  const now = t("2026-05-08T12:00:00Z");
  const records = promise({
    "2026-05-04T18:00": {
      outcome: "kept",
      at: t("2026-05-04T18:05:00Z"),
      response: { response: "confirmed", at: t("2026-05-04T19:00:00Z") },
    },
    "2026-05-05T18:00": { outcome: "kept", at: t("2026-05-05T18:05:00Z") },
    "2026-05-06T18:00": {
      outcome: "kept",
      at: t("2026-05-06T18:05:00Z"),
      response: { response: "disputed", at: t("2026-05-06T20:00:00Z") },
    },
  });

  it("counts confirmed kept fully, unconfirmed kept half, a dispute as disputed, and an unmarked closed window as missed", () => {
    const evidence = consistencyEvidence({ promises: [records], transparency: [], agreements: [] }, now).get(
      maker,
    );
    expect(evidence?.map((e) => [e.kind, e.weight ?? 1, e.at.toISOString()])).toEqual([
      ["promise_kept", 1, "2026-05-04T18:05:00.000Z"],
      ["promise_kept", 0.5, "2026-05-05T18:05:00.000Z"],
      ["promise_disputed", 1, "2026-05-06T20:00:00.000Z"],
      ["promise_missed", 1, "2026-05-08T00:00:00.000Z"],
    ]);
  });

  it("gives the method the promises made, kept as the other confirmed them, and missed", () => {
    expect(promiseFacts([records], now).get(maker)).toEqual({
      promisesMade: [t("2026-05-04T09:00:00Z")],
      promisesKept: [t("2026-05-04T18:05:00Z")],
      promisesMissed: [t("2026-05-08T00:00:00Z")],
    });
  });

  it("lets an occurrence marked kept early count only once it has come due, from its due time", () => {
    const early = promise({
      "2026-05-04T18:00": {
        outcome: "kept",
        at: t("2026-05-04T10:00:00Z"),
        response: { response: "confirmed", at: t("2026-05-04T11:00:00Z") },
      },
    });
    const before = t("2026-05-04T12:00:00Z");
    expect(dueOutcomes(early, before)).toEqual([]);
    expect(occurrenceOutcomes(early, before).map((o) => o.state.status)).toEqual(["kept"]);
    expect(
      consistencyEvidence({ promises: [early], transparency: [], agreements: [] }, before).get(maker),
    ).toBe(undefined);
    expect(promiseFacts([early], before).get(maker)?.promisesKept).toEqual([]);

    const after = t("2026-05-04T19:00:00Z");
    expect(dueOutcomes(early, after).map((o) => o.state.status)).toEqual(["kept"]);
    const evidence = consistencyEvidence({ promises: [early], transparency: [], agreements: [] }, after);
    expect(evidence.get(maker)?.map((e) => [e.kind, e.at.toISOString()])).toEqual([
      ["promise_kept", "2026-05-04T18:00:00.000Z"],
    ]);
    expect(promiseFacts([early], after).get(maker)?.promisesKept).toEqual([t("2026-05-04T18:00:00Z")]);
  });

  it("lets a miss told early count only once the occurrence has come due", () => {
    const told = promise({ "2026-05-04T18:00": { outcome: "missed", at: t("2026-05-04T10:00:00Z") } });
    expect(promiseFacts([told], t("2026-05-04T12:00:00Z")).get(maker)?.promisesMissed).toEqual([]);
    expect(promiseFacts([told], t("2026-05-04T18:30:00Z")).get(maker)?.promisesMissed).toEqual([
      t("2026-05-04T18:00:00Z"),
    ]);
  });

  it("counts proactive transparency half until confirmed, and not at all when disputed", () => {
    const evidence = consistencyEvidence(
      {
        promises: [],
        agreements: [],
        transparency: [
          { id: "a1", memberId: maker, at: t("2026-05-05T08:00:00Z") },
          {
            id: "a2",
            memberId: maker,
            at: t("2026-05-06T08:00:00Z"),
            response: { response: "confirmed", at: now },
          },
          {
            id: "a3",
            memberId: maker,
            at: t("2026-05-07T08:00:00Z"),
            response: { response: "disputed", at: now },
          },
        ],
      },
      now,
    ).get(maker);
    expect(evidence?.map((e) => [e.kind, e.weight])).toEqual([
      ["proactive_transparency", 0.5],
      ["proactive_transparency", 1],
      ["proactive_transparency", 0],
    ]);
  });
});

describe("trust evidence and facts from agreements", () => {
  const version = { id: "v1", appliesTo: [maker] };
  const actions: AgreementAction[] = [
    { type: "propose", eventId: "e1", by: other, at: t("2026-05-01T10:00:00Z"), version },
    { type: "accept", eventId: "e2", by: maker, at: t("2026-05-02T10:00:00Z") },
    {
      type: "renew",
      eventId: "e3",
      by: other,
      at: t("2026-05-09T10:00:00Z"),
      version: { ...version, id: "v2" },
    },
    { type: "accept", eventId: "e4", by: maker, at: t("2026-05-09T11:00:00Z") },
    {
      type: "renew",
      eventId: "e5",
      by: other,
      at: t("2026-05-16T10:00:00Z"),
      version: { ...version, id: "v3" },
    },
    { type: "accept", eventId: "e6", by: maker, at: t("2026-05-16T11:00:00Z") },
  ];
  const agreement: AgreementRecord = {
    id: "a1",
    actions,
    breaches: [
      { id: "b1", reportedBy: maker, breachedBy: maker, at: t("2026-05-12T10:00:00Z") },
      {
        id: "b2",
        reportedBy: other,
        breachedBy: maker,
        at: t("2026-05-13T10:00:00Z"),
        response: { response: "agreed", at: t("2026-05-13T12:00:00Z") },
      },
      { id: "b3", reportedBy: other, breachedBy: maker, at: t("2026-05-14T10:00:00Z") },
    ],
  };
  const now = t("2026-05-20T00:00:00Z");

  it("counts a told breach as self-reported, an agreed one fully, an unanswered one half, and honours a clean review", () => {
    const evidence = consistencyEvidence(
      { promises: [], transparency: [], agreements: [agreement] },
      now,
    ).get(maker);
    expect(evidence?.map((e) => [e.kind, e.weight ?? 1, e.at.toISOString().slice(0, 10)])).toEqual([
      ["agreement_honoured", 1, "2026-05-09"],
      ["agreement_self_reported", 1, "2026-05-12"],
      ["agreement_breached", 1, "2026-05-13"],
      ["agreement_breached", 0.5, "2026-05-14"],
    ]);
    expect(
      consistencyEvidence({ promises: [], transparency: [], agreements: [agreement] }, now).get(other),
    ).toBeUndefined();
  });

  it("ignores what happens after now", () => {
    const early = consistencyEvidence(
      { promises: [], transparency: [], agreements: [agreement] },
      t("2026-05-12T12:00:00Z"),
    );
    expect(early.get(maker)?.map((e) => e.kind)).toEqual(["agreement_honoured", "agreement_self_reported"]);
  });

  it("fills the method's agreement facts", () => {
    expect(agreementFacts(agreement)).toEqual({
      proposedAt: t("2026-05-01T10:00:00Z"),
      activeSince: t("2026-05-02T10:00:00Z"),
      revisedAt: [t("2026-05-09T11:00:00Z"), t("2026-05-16T11:00:00Z")],
      breaches: [
        { at: t("2026-05-12T10:00:00Z"), by: maker },
        { at: t("2026-05-13T10:00:00Z"), by: maker },
        { at: t("2026-05-14T10:00:00Z"), by: maker },
      ],
    });
  });
});
