import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultSharing,
  emotions,
  type Sharing,
  safetyFeelings,
  shareableSections,
  trustSigns,
} from "./fields.ts";
import { presentCheckin } from "./present.ts";
import { needsSafetyFollowUp } from "./safety.ts";
import type { Checkin } from "./schema.ts";

const author = "member-a";
const other = "member-b";
const submittedAt = new Date(Date.UTC(2026, 4, 3, 20, 15));

function weekly(overrides: Partial<Checkin> = {}): Checkin {
  return {
    id: "c1",
    authorId: author,
    submittedAt,
    kind: "weekly",
    trustNow: 4,
    elements: { honesty: 3, reliability: 5, respect: 6, loyalty: 4, empathy: 7 },
    emotions: { anxiety: 4, hope: 2 },
    signs: ["checking"],
    need: "Text me when you leave work.",
    sealedNote: "mv1.c2VhbGVkLW5vdGU",
    safety: { feelSafe: "yes" },
    sharing: defaultSharing,
    ...overrides,
  } as Checkin;
}

const allShared: Sharing = { trustNow: true, elements: true, emotions: true, signs: true, need: true };
const noneShared: Sharing = { trustNow: false, elements: false, emotions: false, signs: false, need: false };

describe("presentCheckin for the other member", () => {
  it("shows only the identity of the check-in when nothing is shared, with private fields absent", () => {
    const view = presentCheckin(weekly({ sharing: noneShared }), other);
    expect(view).toEqual({ audience: "other", id: "c1", authorId: author, kind: "weekly", submittedAt });
    for (const key of [
      "trustNow",
      "elements",
      "emotions",
      "signs",
      "need",
      "sealedNote",
      "plainNote",
      "safety",
      "sharing",
    ]) {
      expect(key in view).toBe(false);
    }
  });

  it("shows exactly the sections the author shared, and never the note or the safety answer", () => {
    const view = presentCheckin(weekly({ sharing: allShared }), other);
    expect(view).toEqual({
      audience: "other",
      id: "c1",
      authorId: author,
      kind: "weekly",
      submittedAt,
      trustNow: 4,
      elements: { honesty: 3, reliability: 5, respect: 6, loyalty: 4, empathy: 7 },
      emotions: { anxiety: 4, hope: 2 },
      signs: ["checking"],
      need: "Text me when you leave work.",
    });
  });

  it("denies by default: any viewer who is not the author gets the shared view", () => {
    expect(presentCheckin(weekly(), "someone-else").audience).toBe("other");
  });

  it("does not hand out references to the stored record", () => {
    const checkin = weekly({ sharing: allShared });
    const view = presentCheckin(checkin, other);
    if (view.audience !== "other") throw new Error("expected the shared view");
    view.signs?.push("questioning");
    expect(checkin.signs).toEqual(["checking"]);
  });

  it("is identical whether or not a safety answer or private note exists, whatever it says", () => {
    const sharingArb = fc.record(
      Object.fromEntries(shareableSections.map((s) => [s, fc.boolean()])) as Record<
        keyof Sharing,
        fc.Arbitrary<boolean>
      >,
    );
    const safetyArb = fc.option(
      fc.record(
        { feelSafe: fc.constantFrom(...safetyFeelings), pressured: fc.boolean() },
        { requiredKeys: ["feelSafe"] },
      ),
      { nil: undefined },
    );
    const checkinArb = fc.record({
      sharing: sharingArb,
      trustNow: fc.integer({ min: 0, max: 10 }),
      emotions: fc.dictionary(fc.constantFrom(...emotions), fc.integer({ min: 1, max: 5 })),
      signs: fc.uniqueArray(fc.constantFrom(...trustSigns)),
      sealedNote: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      plainNote: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        checkinArb,
        safetyArb,
        ({ sharing, trustNow, emotions, signs, sealedNote, plainNote }, safety) => {
          const base: Checkin = {
            id: "c2",
            authorId: author,
            submittedAt,
            kind: "daily",
            trustNow,
            emotions,
            signs,
            sharing,
          };
          const withPrivate: Checkin = { ...base, sealedNote, plainNote, safety };
          const plain = presentCheckin(base, other);
          const loaded = presentCheckin(withPrivate, other);
          expect(loaded).toStrictEqual(plain);
          expect(JSON.stringify(loaded)).toBe(JSON.stringify(plain));
        },
      ),
    );
  });
});

describe("presentCheckin for the author", () => {
  it("shows everything they wrote and their sharing choices, but not the safety answer itself", () => {
    const view = presentCheckin(weekly({ safety: { feelSafe: "no" } }), author);
    expect(view).toMatchObject({
      audience: "author",
      sealedNote: "mv1.c2VhbGVkLW5vdGU",
      sharing: defaultSharing,
      safetyFollowUp: true,
    });
    expect("safety" in view).toBe(false);
  });

  it("leaves out the follow-up flag when the answer gives no concern", () => {
    expect("safetyFollowUp" in presentCheckin(weekly(), author)).toBe(false);
    expect("safetyFollowUp" in presentCheckin(weekly({ safety: undefined }), author)).toBe(false);
  });
});

describe("needsSafetyFollowUp", () => {
  it("flags an unsure or unsafe answer, or pressure, for the author only", () => {
    for (const safety of [
      { feelSafe: "no" },
      { feelSafe: "unsure" },
      { feelSafe: "yes", pressured: true },
    ] as const) {
      const checkin = weekly({ safety });
      expect(needsSafetyFollowUp(checkin, author)).toBe(true);
      expect(needsSafetyFollowUp(checkin, other)).toBe(false);
    }
    expect(needsSafetyFollowUp(weekly({ safety: { feelSafe: "yes", pressured: false } }), author)).toBe(
      false,
    );
    expect(needsSafetyFollowUp(weekly({ safety: undefined }), author)).toBe(false);
  });
});
