import { describe, expect, it } from "vitest";
import * as agreementWording from "../agreements/wording.ts";
import * as appreciations from "../closeness/appreciations.ts";
import { ideasFor } from "../closeness/ideas.ts";
import { ladderFor, ladderKindFor } from "../closeness/ladder.ts";
import * as endingContent from "../ending/content.ts";
import * as forgivenessPractices from "../forgiveness/practices.ts";
import * as forgivenessReflections from "../forgiveness/reflections.ts";
import * as forgivenessSteps from "../forgiveness/steps.ts";
import { weekHealth } from "../help/conversation-health.ts";
import { counselorGuide } from "../help/counselor-guide.ts";
import { recommendationText } from "../help/wording.ts";
import * as maintenanceContent from "../maintenance/content.ts";
import { acrossPhases, phases } from "../method/index.ts";
import * as questionGuidance from "../questions/guidance.ts";
import { decidingPage } from "../readiness/deciding.ts";
import * as readinessQuestions from "../readiness/questions.ts";
import * as safetyPage from "../safety/page.ts";
import { type RelationshipKind, relationshipKinds } from "./contract.ts";
import { romanceOnlyWordsIn, wordsFor } from "./relationship-words.ts";

/** Every string inside a value, however deeply nested (functions and patterns are not text people read). */
function textsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object" || seen.has(value) || value instanceof RegExp) return [];
  seen.add(value);
  return Object.values(value).flatMap((inner) => textsIn(inner, seen));
}

/** What Mend says in a space of this kind: the guidance pages, the help guide, closeness and the rest. */
function guidanceFor(kind: RelationshipKind): string[] {
  const weeks = [
    { helpful: 0, harmful: 0 },
    { helpful: 3, harmful: 0 },
    { helpful: 10, harmful: 1 },
    { helpful: 4, harmful: 2 },
    { helpful: 1, harmful: 4 },
  ];
  return [
    ...textsIn(phases),
    ...textsIn(acrossPhases),
    ...textsIn(decidingPage),
    ...textsIn(counselorGuide(kind)),
    ...textsIn(recommendationText(kind)),
    ...weeks.map((week) => weekHealth({ weekStart: new Date(0), ...week }, kind).summary),
    ...textsIn(ladderFor(ladderKindFor(kind))),
    ...ideasFor(kind).flatMap((idea) => [idea.title, idea.detail]),
    ...textsIn(appreciations),
    ...textsIn(maintenanceContent),
    ...textsIn(endingContent),
    ...textsIn([forgivenessSteps, forgivenessPractices, forgivenessReflections]),
    ...textsIn(questionGuidance),
    ...textsIn(readinessQuestions),
    ...textsIn(safetyPage),
    ...textsIn(agreementWording),
  ];
}

describe("words that fit the relationship", () => {
  it.each(relationshipKinds.filter((kind) => kind !== "partner"))(
    "says nothing that assumes romance to a %s",
    (kind) => {
      const texts = guidanceFor(kind);
      expect(texts.length).toBeGreaterThan(300);
      const misfits = texts.filter((text) => romanceOnlyWordsIn(text).length > 0);
      expect(misfits).toEqual([]);
    },
  );

  it("still speaks to partners as partners where it matters", () => {
    const found = guidanceFor("partner")
      .flatMap(romanceOnlyWordsIn)
      .map((word) => word.toLowerCase());
    expect(found).toEqual(expect.arrayContaining(["couples", "kiss"]));
    expect(recommendationText("partner").couples_counselor).toBe("A counselor who works with couples");
    expect(recommendationText("family").couples_counselor).toBe("A counselor who works with families");
  });

  it("lets only partners meet romance, from one rule", () => {
    for (const kind of relationshipKinds) {
      expect(ladderKindFor(kind)).toBe(wordsFor(kind).romantic ? "romantic" : "non_romantic");
      const romanticIdeas = ideasFor(kind).filter((idea) => idea.suits.length < relationshipKinds.length);
      if (!wordsFor(kind).romantic) expect(romanticIdeas).toEqual([]);
    }
    expect(relationshipKinds.filter((kind) => wordsFor(kind).romantic)).toEqual(["partner"]);
  });

  it("finds romance-only words as whole words in any case", () => {
    expect(romanceOnlyWordsIn("Plan a Date night; a kiss. Couples do well.")).toEqual([
      "Couples",
      "kiss",
      "Date night",
    ]);
    expect(romanceOnlyWordsIn("A partnership at work, a couple of hours, a sexton, an essex lane")).toEqual(
      [],
    );
  });
});
