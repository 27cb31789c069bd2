import { describe, expect, it } from "vitest";
import { pathsFor } from "../deciding/paths.ts";
import { allSoloPrompts, seriesOfPrompt, soloSeries, soloSeriesIds } from "./series.ts";
import { type SoloWork, soloSteps, soloStepsFor } from "./steps.ts";

const nothing: SoloWork = {
  timelineEntries: 0,
  supporters: 0,
  amends: 0,
  amendsDone: 0,
  answered: { self_trust: 0, how_it_happened: 0, self_forgiveness: 0 },
  acknowledgmentStarted: false,
  decisions: 0,
};

describe("the path for one person alone", () => {
  it("gives each role its own steps, both sides and one decision to a mutual breach", () => {
    expect(soloStepsFor("hurt")).toEqual(["timeline", "support", "self_trust", "decide"]);
    expect(soloStepsFor("broke_trust")).toEqual([
      "how_it_happened",
      "acknowledgment",
      "own_amends",
      "self_forgiveness",
      "decide",
    ]);
    const both = soloStepsFor("both");
    expect(both.filter((s) => s === "decide")).toHaveLength(1);
    expect(both.at(-1)).toBe("decide");
    expect(new Set(both).size).toBe(8);
  });

  it("counts a series done only when every prompt is answered", () => {
    const of = soloSeries.self_trust.prompts.length;
    const partly = soloSteps("hurt", { ...nothing, answered: { ...nothing.answered, self_trust: of - 1 } });
    expect(partly.find((s) => s.id === "self_trust")).toEqual({
      id: "self_trust",
      done: false,
      progress: { done: of - 1, of },
    });
    const all = soloSteps("hurt", { ...nothing, answered: { ...nothing.answered, self_trust: of } });
    expect(all.find((s) => s.id === "self_trust")?.done).toBe(true);
  });

  it("counts amends done once one is marked done, and shows how many of the list", () => {
    expect(soloSteps("broke_trust", nothing).find((s) => s.id === "own_amends")).toEqual({
      id: "own_amends",
      done: false,
      progress: null,
    });
    expect(
      soloSteps("broke_trust", { ...nothing, amends: 3, amendsDone: 1 }).find((s) => s.id === "own_amends"),
    ).toEqual({ id: "own_amends", done: true, progress: { done: 1, of: 3 } });
  });

  it("names every prompt uniquely within its series", () => {
    const ids = allSoloPrompts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const series of soloSeriesIds) {
      for (const prompt of soloSeries[series].prompts) expect(seriesOfPrompt(prompt.id)).toBe(series);
    }
  });
});

describe("the paths for deciding", () => {
  it("offers partners the three paths, and family and friends two more", () => {
    expect(pathsFor("partner")).toEqual(["as_is", "separate", "repair_period"]);
    for (const kind of ["family", "friend", "other"] as const) {
      expect(pathsFor(kind)).toEqual(expect.arrayContaining(["more_distance", "different_relationship"]));
      expect(pathsFor(kind)).toEqual(expect.arrayContaining(pathsFor("partner")));
    }
  });
});
