import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSharing, type Sharing, type TrustSign } from "../checkins/fields.ts";
import type { Checkin, EmotionIntensities } from "../checkins/schema.ts";
import type { HelpMember, TalkRecord } from "./facts.ts";
import { type HelpFacts, helpSuggestions, ownReadinessSuggestions } from "./suggestions.ts";
import { suggestionsFor } from "./wording.ts";

const dayMs = 86_400_000;
const now = new Date(Date.UTC(2026, 8, 30, 18));
const daysAgo = (n: number) => new Date(now.getTime() - n * dayMs);
const hurt = "hurt-member";
const broke = "broke-member";
const members: HelpMember[] = [
  { id: hurt, role: "hurt" },
  { id: broke, role: "broke_trust" },
];

interface Draft {
  authorId?: string;
  ago: number;
  kind?: "daily" | "weekly";
  trustNow?: number;
  emotions?: EmotionIntensities;
  signs?: TrustSign[];
  sharing?: Partial<Sharing>;
}

let nextId = 0;
function checkin({
  authorId = hurt,
  ago,
  kind = "daily",
  trustNow = 5,
  emotions = {},
  signs = [],
  sharing,
}: Draft): Checkin {
  nextId += 1;
  const base = {
    id: `c${nextId}`,
    authorId,
    submittedAt: daysAgo(ago),
    trustNow,
    emotions,
    signs,
    sharing: { ...defaultSharing, ...sharing },
  };
  return kind === "weekly"
    ? { ...base, kind, elements: { honesty: 5, reliability: 5, respect: 5, loyalty: 5, empathy: 5 } }
    : { ...base, kind };
}

function facts(partial: Partial<HelpFacts>): HelpFacts {
  return { members, checkins: [], talks: [], ...partial };
}

describe("talks that keep ending in pauses or early", () => {
  const talk = (ago: number, pauses: number, outcome: TalkRecord["outcome"]): TalkRecord => ({
    startedAt: daysAgo(ago),
    pauses,
    outcome,
  });

  it("suggests a couples counselor to both after three pauses or early ends in two weeks", () => {
    const suggestions = helpSuggestions(
      facts({ talks: [talk(2, 1, "completed"), talk(6, 1, "ended_early"), talk(20, 3, "ended_early")] }),
      now,
    );
    expect(suggestions).toEqual([
      {
        rule: "talks_struggling",
        audience: { kind: "shared" },
        recommend: "couples_counselor",
        basis: { count: 3, of: 2, windowDays: 14 },
      },
    ]);
    const [forHurt] = suggestionsFor(hurt, suggestions);
    const [forBroke] = suggestionsFor(broke, suggestions);
    expect(forHurt?.perspective).toBe("both");
    expect(forHurt?.why).toBe(forBroke?.why);
    expect(forHurt?.why).toContain("3 times");
  });

  it("stays quiet with two interruptions, or when the pauses are older than two weeks", () => {
    expect(helpSuggestions(facts({ talks: [talk(2, 2, "completed")] }), now)).toEqual([]);
    expect(helpSuggestions(facts({ talks: [talk(15, 5, "ended_early")] }), now)).toEqual([]);
  });
});

describe("overwhelming hurt", () => {
  const lowDays = [1, 4, 8, 12].map((ago, i) => ({ ago, trustNow: i === 3 ? 6 : 2 }));

  it("tells the hurt person privately when the low ratings were not shared", () => {
    const suggestions = helpSuggestions(facts({ checkins: lowDays.map(checkin) }), now);
    expect(suggestions).toMatchObject([
      { rule: "hurt_overwhelming", audience: { kind: "private", memberId: hurt }, subjectId: hurt },
    ]);
    expect(suggestionsFor(broke, suggestions)).toEqual([]);
    const [mine] = suggestionsFor(hurt, suggestions);
    expect(mine?.perspective).toBe("self");
    expect(mine?.why).toContain("3 of 4");
  });

  it("shares it with both when the ratings that show it were shared", () => {
    const shared = lowDays.map((d) => checkin({ ...d, sharing: { trustNow: true } }));
    const suggestions = helpSuggestions(facts({ checkins: shared }), now);
    expect(suggestions).toMatchObject([
      { rule: "hurt_overwhelming", audience: { kind: "shared" }, subjectId: hurt },
    ]);
    expect(suggestionsFor(broke, suggestions)[0]?.perspective).toBe("other");
    expect(suggestionsFor(hurt, suggestions)[0]?.perspective).toBe("self");
  });

  it("counts on the shared side only the check-ins the other person can see", () => {
    const shared = lowDays.slice(0, 3).map((d) => checkin({ ...d, sharing: { trustNow: true } }));
    // The request switch is on but nothing was asked for: the other person is shown nothing of these.
    const unseen = [2, 3].map((ago) => checkin({ ago, trustNow: 8, sharing: { need: true } }));
    const suggestions = helpSuggestions(facts({ checkins: [...shared, ...unseen] }), now);
    expect(suggestions).toMatchObject([
      { rule: "hurt_overwhelming", audience: { kind: "shared" }, basis: { count: 3, of: 3 } },
    ]);
    expect(suggestionsFor(broke, suggestions)[0]?.why).toContain("3 of 3");
  });

  it("counts strong painful feelings, and keeps it private when only the rating was shared", () => {
    const heavy = [1, 3, 6].map((ago) =>
      checkin({ ago, trustNow: 6, emotions: { fear: 5 }, sharing: { trustNow: true } }),
    );
    const suggestions = helpSuggestions(facts({ checkins: heavy }), now);
    expect(suggestions).toMatchObject([
      { rule: "hurt_overwhelming", audience: { kind: "private", memberId: hurt } },
    ]);
  });

  it("needs at least three check-ins and more than half of them heavy", () => {
    expect(
      helpSuggestions(
        facts({ checkins: [checkin({ ago: 1, trustNow: 0 }), checkin({ ago: 2, trustNow: 1 })] }),
        now,
      ),
    ).toEqual([]);
    const half = [1, 2, 3, 4].map((ago) => checkin({ ago, trustNow: ago <= 2 ? 1 : 7 }));
    expect(helpSuggestions(facts({ checkins: half }), now)).toEqual([]);
  });

  it("applies to the person who was hurt, not to the one who broke trust", () => {
    const theirs = [1, 2, 3].map((ago) => checkin({ authorId: broke, ago, trustNow: 1 }));
    expect(helpSuggestions(facts({ checkins: theirs }), now)).toEqual([]);
  });
});

describe("not being able to move past it", () => {
  it("suggests help when most weekly check-ins over four weeks say 'can't let go'", () => {
    const weeks = [27, 20, 13, 6].map((ago, i) =>
      checkin({ ago, kind: "weekly", signs: i === 1 ? [] : ["cant_let_go"] }),
    );
    const suggestions = helpSuggestions(facts({ checkins: weeks }), now);
    expect(suggestions).toMatchObject([
      { rule: "cant_move_past", audience: { kind: "private", memberId: hurt }, basis: { count: 3, of: 4 } },
    ]);
  });

  it("waits until the pattern spans four weeks", () => {
    const weeks = [13, 6, 1].map((ago) => checkin({ ago, kind: "weekly", signs: ["cant_let_go"] }));
    expect(helpSuggestions(facts({ checkins: weeks }), now)).toEqual([]);
  });

  it("applies to either person", () => {
    const weeks = [27, 20, 13, 6].map((ago) =>
      checkin({ authorId: broke, ago, kind: "weekly", signs: ["cant_let_go"], sharing: { signs: true } }),
    );
    expect(helpSuggestions(facts({ checkins: weeks }), now)).toMatchObject([
      { rule: "cant_move_past", audience: { kind: "shared" }, subjectId: broke },
    ]);
  });
});

describe("feeling stuck", () => {
  const series = (ratings: number[]) => ratings.map((trustNow, i) => checkin({ ago: 41 - i * 7, trustNow }));

  it("suggests help when six weeks of ratings show no upward trend", () => {
    expect(helpSuggestions(facts({ checkins: series([4, 3, 4, 3, 3, 4]) }), now)).toMatchObject([
      { rule: "feels_stuck", audience: { kind: "private", memberId: hurt }, recommend: "couples_counselor" },
    ]);
  });

  it("stays quiet when ratings rise, when they are steady at a good level, or with too short a history", () => {
    expect(helpSuggestions(facts({ checkins: series([2, 3, 3, 4, 5, 5]) }), now)).toEqual([]);
    expect(helpSuggestions(facts({ checkins: series([8, 8, 8, 8, 8, 8]) }), now)).toEqual([]);
    expect(helpSuggestions(facts({ checkins: series([4, 4, 4, 4, 4]) }), now)).toEqual([]);
  });
});

describe("a blocking factor from the readiness check", () => {
  it("is addressed privately to the person whose check found it, pointing to their own counselor", () => {
    const suggestions = ownReadinessSuggestions(hurt, ["addiction"]);
    expect(suggestions).toMatchObject([
      {
        rule: "readiness_blocker",
        audience: { kind: "private", memberId: hurt },
        recommend: "individual_counselor",
      },
    ]);
    expect(suggestionsFor(broke, suggestions)).toEqual([]);
    expect(suggestionsFor(hurt, suggestions)[0]?.why).toContain("safety page");
    expect(ownReadinessSuggestions(hurt, [])).toEqual([]);
  });
});

describe("privacy of suggestions", () => {
  it("gives the other person the same suggestions whatever the author kept private", () => {
    const sharingArb = fc.record({
      trustNow: fc.boolean(),
      elements: fc.boolean(),
      emotions: fc.boolean(),
      signs: fc.boolean(),
      need: fc.boolean(),
    });
    const contentArb = fc.record({
      trustNow: fc.integer({ min: 0, max: 10 }),
      fear: fc.integer({ min: 1, max: 5 }),
      cantLetGo: fc.boolean(),
    });
    const entryArb = fc.record({
      ago: fc.integer({ min: 0, max: 45 }),
      kind: fc.constantFrom("daily" as const, "weekly" as const),
      sharing: sharingArb,
      visible: contentArb,
      hiddenA: contentArb,
      hiddenB: contentArb,
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 16 }), (entries) => {
        const make = (pick: "hiddenA" | "hiddenB") =>
          entries.map((e) => {
            const source = (shared: boolean) => (shared ? e.visible : e[pick]);
            return checkin({
              ago: e.ago,
              kind: e.kind,
              trustNow: source(e.sharing.trustNow).trustNow,
              emotions: { fear: source(e.sharing.emotions).fear },
              signs: source(e.sharing.signs).cantLetGo ? ["cant_let_go"] : [],
              sharing: e.sharing,
            });
          });
        const seenBy = (pick: "hiddenA" | "hiddenB") => {
          const visible = suggestionsFor(broke, helpSuggestions(facts({ checkins: make(pick) }), now));
          return visible.map(({ rule, audience, subjectId, basis, why }) => ({
            rule,
            audience,
            subjectId,
            basis,
            why,
          }));
        };
        expect(seenBy("hiddenA")).toEqual(seenBy("hiddenB"));
      }),
    );
  });
});
