import { describe, expect, it } from "vitest";
import type { ApologyLabel } from "../labels.ts";
import { analyzeApology } from "./analyze.ts";

const labelsOf = (text: string): ApologyLabel[] => analyzeApology(text).labels;

interface LabelCases {
  label: ApologyLabel;
  finds: string[];
  ignores: string[];
}

const cases: LabelCases[] = [
  {
    label: "regret",
    finds: [
      "I'm truly sorry for what I put you through.",
      "I apologize for the things I said on the phone.",
      "I regret hiding the letters from you.",
      "I wish I'd never opened that account.",
      "I feel awful about the way I spoke to your brother.",
      "I’m so sorry, love.",
    ],
    ignores: [
      "I'm not sorry for telling the truth.",
      "I'm sorry you feel that way.",
      "I'm sorry if you felt left out.",
      'She said "sorry" to me yesterday.',
    ],
  },
  {
    label: "explanation",
    finds: [
      "I hid it because I was afraid you would see me as a failure.",
      "The reason I stopped calling was that I felt like a burden.",
      "Looking back, I was running from my own loneliness.",
      "I was drinking that night, which is no excuse, but it is part of how it happened.",
    ],
    ignores: ["I'll explain the schedule tomorrow.", "We went to the cinema."],
  },
  {
    label: "responsibility",
    finds: [
      "It was my fault, all of it.",
      "I take full responsibility for breaking your trust.",
      "What I did was wrong.",
      "I was selfish and careless with your feelings.",
      "None of this is on you.",
      "I lied to you about the trip.",
    ],
    ignores: ["You think I lied to you.", "It's your fault.", "If I lied, I'm sorry."],
  },
  {
    label: "repentance",
    finds: [
      "I will never hide money from you again.",
      "From now on I'll be home when I say I will.",
      "I've started seeing a therapist about my temper.",
      "It won't happen again.",
      "I'm committed to being open with you every day.",
    ],
    ignores: ["I will always love you.", "I won't apologize again."],
  },
  {
    label: "repair",
    finds: [
      "I'll pay back everything I borrowed by the end of the month.",
      "What can I do to make this right?",
      "You can look through my phone whenever you like.",
      "I want to make amends to your parents.",
    ],
    ignores: ["I can't fix this.", "The plumber will repair the sink."],
  },
  {
    label: "forgiveness_request",
    finds: [
      "Please forgive me.",
      "I hope that in time you can forgive me.",
      "Would you give me another chance?",
    ],
    ignores: ["I don't expect you to forgive me.", "You need to forgive me."],
  },
  {
    label: "excuse",
    finds: [
      "I was wasted, I don't even remember it.",
      "I had no choice, my boss was on my back.",
      "It just happened.",
      "Anyone would have done the same in my shoes.",
    ],
    ignores: ["I'm not going to make excuses.", "I was tired, but that's no excuse for what I said."],
  },
  {
    label: "minimizing",
    finds: [
      "It was just a few messages.",
      "It's not a big deal.",
      "Nothing actually happened between us.",
      "At least I didn't sleep with her.",
    ],
    ignores: ["It wasn't just a few messages, and I know that.", "I won't pretend it was nothing."],
  },
  {
    label: "conditional",
    finds: [
      "I'm sorry if I upset you.",
      "If my words hurt you, I apologize.",
      "I apologize for any hurt I may have caused.",
    ],
    ignores: [
      "I'm sorry I upset you.",
      "If you want to talk, I'm here.",
      "If I ever lie again, you can leave.",
    ],
  },
  {
    label: "blame_shift",
    finds: [
      "You made me so angry that I said it.",
      "If you hadn't gone through my phone, none of this would have come out.",
      "It's your fault for never listening.",
      "She kept texting me, so I answered.",
    ],
    ignores: ["This is not your fault.", "You didn't make me do anything; I chose it."],
  },
  {
    label: "deflection",
    finds: ["I'm sorry you see it that way.", "Mistakes were made.", "What about when you read my emails?"],
    ignores: ["I'm sorry I read your emails."],
  },
  {
    label: "invalidation",
    finds: ["You're overreacting.", "You're being dramatic about a text.", "Calm down."],
    ignores: ["I'm not going to tell you you're overreacting.", "You're not overreacting."],
  },
  {
    label: "pressure",
    finds: [
      "You have to let this go now.",
      "How long are you going to stay mad at me?",
      "I've apologized a dozen times already.",
      "Can we please just move on?",
    ],
    ignores: ["Take all the time you need.", "You don't have to forgive me."],
  },
  {
    label: "but_negation",
    finds: [
      "I'm sorry, but you were yelling too.",
      "I apologize. But honestly it wasn't that bad.",
      "I know I hurt you, however you need to see my side.",
    ],
    ignores: [
      "I'm sorry, but that's no excuse for what I did.",
      "I'm sorry, but more than that, I'm going to change.",
    ],
  },
];

describe("analyzeApology", () => {
  for (const { label, finds, ignores } of cases) {
    describe(label, () => {
      it.each(finds)("finds it in %j", (text) => {
        expect(labelsOf(text)).toContain(label);
      });
      it.each(ignores)("does not find it in %j", (text) => {
        expect(labelsOf(text)).not.toContain(label);
      });
    });
  }

  it("points at the exact words, with offsets into the original text", () => {
    const text = "Honestly? I’m sorry if I hurt you.";
    const [finding] = analyzeApology(text).findings;
    expect(finding?.label).toBe("conditional");
    expect(text.slice(finding?.start, finding?.end)).toBe(finding?.text);
    expect(finding?.text.startsWith("sorry if")).toBe(true);
    expect(finding?.why.length).toBeGreaterThan(10);
    expect(finding?.suggestion.length).toBeGreaterThan(10);
  });

  it("reads upper case and curly apostrophes like plain text", () => {
    expect(labelsOf("I’M SO SORRY. IT WAS MY FAULT.")).toEqual(["regret", "responsibility"]);
  });

  it("lists the six parts weighted by importance, owning the act first and asking forgiveness last", () => {
    const result = analyzeApology("I'm sorry. It was my fault. I'll pay for the repair.");
    expect(result.parts.map((p) => p.part)).toEqual([
      "responsibility",
      "repair",
      "regret",
      "explanation",
      "repentance",
      "forgiveness_request",
    ]);
    expect(result.present).toEqual(["responsibility", "repair", "regret"]);
    expect(result.missing).toEqual(["explanation", "repentance", "forgiveness_request"]);
    expect(result.completeness).toBeGreaterThan(0.6);
    expect(result.completeness).toBeLessThan(1);
  });

  it("keeps the apology parts apart from what undermines them", () => {
    const result = analyzeApology("I'm sorry, but you pushed me to it.");
    expect(result.pitfalls).toEqual(["blame_shift", "but_negation"]);
    expect(result.present).toEqual(["regret"]);
  });

  it("reads the other person finding out, named as their fault, as blame", () => {
    for (const text of [
      "I'm sorry I lied about the messages. You were snooping.",
      "I'm sorry I hid it. You were going through my phone.",
      "sorry i lied but u were goin thru my texts",
      "I'm sorry I deleted them. You went thru my laptop first.",
      "I'm sorry I lied. You had no business reading my messages.",
    ]) {
      expect(analyzeApology(text).pitfalls, text).toContain("blame_shift");
    }
    for (const text of [
      "I understand why you went through my phone. I'm sorry I lied.",
      "I'm sorry I gave you reasons to check my phone.",
      "I'm sorry I was snooping through your phone.",
    ]) {
      expect(analyzeApology(text).pitfalls, text).not.toContain("blame_shift");
    }
  });

  it("finds nothing in an empty draft", () => {
    const result = analyzeApology("");
    expect(result.labels).toEqual([]);
    expect(result.completeness).toBe(0);
  });
});
