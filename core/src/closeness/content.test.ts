import { describe, expect, it } from "vitest";
import { relationshipKinds } from "../spaces/contract.ts";
import { appreciationPromptFor, appreciationPrompts } from "./appreciations.ts";
import { ideaCategories, ideasFor, timeTogetherIdeas } from "./ideas.ts";
import { allowedActions, visibleReflections } from "./time-together.ts";

describe("the idea library", () => {
  it("holds at least 30 ideas with unique ids, covering every category", () => {
    expect(timeTogetherIdeas.length).toBeGreaterThanOrEqual(30);
    expect(new Set(timeTogetherIdeas.map((i) => i.id)).size).toBe(timeTogetherIdeas.length);
    for (const category of ideaCategories) {
      expect(timeTogetherIdeas.some((i) => i.category === category)).toBe(true);
    }
  });

  it("offers plenty for family and friends, not only couples, and keeps romantic dates for partners", () => {
    for (const kind of relationshipKinds) expect(ideasFor(kind).length).toBeGreaterThanOrEqual(25);
    expect(ideasFor("friend").map((i) => i.id)).not.toContain("date_recreate_first");
    expect(ideasFor("partner").map((i) => i.id)).toContain("date_recreate_first");
  });
});

describe("the daily appreciation prompt", () => {
  const at = (iso: string) => new Date(iso);

  it("stays the same all day and changes the next day", () => {
    const morning = appreciationPromptFor(at("2026-03-10T06:00:00Z"));
    expect(appreciationPromptFor(at("2026-03-10T23:59:00Z"))).toEqual(morning);
    expect(appreciationPromptFor(at("2026-03-11T00:01:00Z"))).not.toEqual(morning);
  });

  it("turns over at the person's own midnight", () => {
    // 23:30 UTC is already the next day at UTC+2.
    expect(appreciationPromptFor(at("2026-03-10T23:30:00Z"), 120)).toEqual(
      appreciationPromptFor(at("2026-03-11T12:00:00Z")),
    );
  });

  it("always returns one of the prompts, even for dates before 1970 or invalid ones", () => {
    expect(appreciationPrompts).toContainEqual(appreciationPromptFor(at("1960-01-01T00:00:00Z")));
    expect(appreciationPrompts).toContainEqual(appreciationPromptFor(new Date(Number.NaN)));
  });
});

describe("time together", () => {
  it("shows the other person's line only to someone who has written their own", () => {
    expect(visibleReflections(undefined, "theirs")).toEqual({});
    expect(visibleReflections("mine", undefined)).toEqual({ mine: "mine" });
    expect(visibleReflections("mine", "theirs")).toEqual({ mine: "mine", theirs: "theirs" });
  });

  it("allows changes only while planned, and reflections only once done", () => {
    expect(allowedActions("planned")).toEqual(["change", "mark_done", "set_aside"]);
    expect(allowedActions("done")).toEqual(["reflect"]);
    expect(allowedActions("set_aside")).toEqual([]);
  });
});
