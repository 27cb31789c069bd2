import { describe, expect, it } from "vitest";
import { decidingPage } from "../readiness/deciding.ts";
import { safetyPage } from "./page.ts";

const text = (page: typeof safetyPage) =>
  [page.title, page.intro, ...page.sections.flatMap((s) => [s.heading, ...s.points])].join("\n");

describe("the safety page", () => {
  it("covers what to do now, leaving the space, quick exit, help lines by country and safer devices", () => {
    expect(safetyPage.sections.map((s) => s.id)).toEqual([
      "now",
      "leave_space",
      "quick_exit",
      "help_lines",
      "devices",
    ]);
    const all = text(safetyPage);
    expect(all).toMatch(/emergency number/);
    expect(all).toMatch(/stop using this shared space at any time/);
    expect(all).toMatch(/doesn't erase your browsing history/);
    expect(all).toMatch(/own emergency number/);
    expect(all).toMatch(/raise suspicion/);
    expect(all).toMatch(/device they can't reach/);
  });

  it("never encourages repair or staying", () => {
    expect(text(safetyPage)).not.toMatch(
      /repair|reconcil|rebuild|forgiv|stay together|give (it|them) another chance/i,
    );
  });
});

describe("the deciding page", () => {
  it("treats ending as legitimate and keeps forgiving apart from staying", () => {
    const all = text(decidingPage);
    expect(all).toMatch(/Ending is a valid outcome/);
    expect(all).toMatch(/forgive someone and still choose not to be close/);
  });
});
