import { describe, expect, it } from "vitest";
import { getPhase, phases, tasksFor } from "./phases.ts";
import { toolIds } from "./tools.ts";
import { phaseIds } from "./types.ts";

describe("the method as data", () => {
  it("has every phase once, in method order", () => {
    expect(phases.map((p) => p.id)).toEqual([...phaseIds]);
    for (const id of phaseIds) expect(getPhase(id).id).toBe(id);
  });

  it("gives every phase a purpose, realistic expectations and evidence for both statuses", () => {
    for (const p of phases) {
      expect(p.title).not.toBe("");
      expect(p.purpose).not.toBe("");
      expect(p.whatToExpect.length).toBeGreaterThan(0);
      expect(p.evidence.underWay.length).toBeGreaterThan(0);
      expect(p.evidence.complete.length).toBeGreaterThan(0);
    }
  });

  it("uses unique task ids, prefixed with their phase, and only known tools", () => {
    const all = phases.flatMap((p) =>
      [...p.forBrokeTrust, ...p.forHurt, ...p.forBoth].map((t) => ({ p, t })),
    );
    expect(new Set(all.map(({ t }) => t.id)).size).toBe(all.length);
    for (const { p, t } of all) {
      expect(t.id.startsWith(`${p.id}.`)).toBe(true);
      if (t.tool) expect(toolIds).toContain(t.tool);
    }
  });

  it("speaks to each role in the phases where each has its own part", () => {
    for (const p of phases) {
      expect(p.forBrokeTrust.length + p.forBoth.length).toBeGreaterThan(0);
      expect(p.forHurt.length + p.forBoth.length).toBeGreaterThan(0);
    }
  });
});

describe("tasksFor", () => {
  it("gives each role its own tasks and the tasks for both", () => {
    const ids = (role: "broke_trust" | "hurt" | "both") => tasksFor("acknowledge", role).map((t) => t.id);
    expect(ids("broke_trust")).toEqual([
      "acknowledge.name_it",
      "acknowledge.revise",
      "acknowledge.readiness",
    ]);
    expect(ids("hurt")).toEqual(["acknowledge.impact", "acknowledge.respond", "acknowledge.readiness"]);
  });

  it("gives a member with both roles the union, each task once", () => {
    for (const p of phases) {
      const both = tasksFor(p, "both").map((t) => t.id);
      const union = new Set([...tasksFor(p, "broke_trust"), ...tasksFor(p, "hurt")].map((t) => t.id));
      expect(new Set(both)).toEqual(union);
      expect(both.length).toBe(union.size);
    }
  });

  it("returns each task once even if the data repeats one", () => {
    const task = { id: "x.shared", title: "t", detail: "d" };
    const phase = { ...getPhase("closeness"), forBrokeTrust: [task], forHurt: [task], forBoth: [task] };
    expect(tasksFor(phase, "both")).toEqual([task]);
  });
});
