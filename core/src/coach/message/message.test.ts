import { describe, expect, it } from "vitest";
import type { MessageLabel } from "../labels.ts";
import { analyzeMessage } from "./analyze.ts";

const labelsOf = (text: string): MessageLabel[] => analyzeMessage(text).labels;

interface LabelCases {
  label: MessageLabel;
  finds: string[];
  ignores: string[];
}

const cases: LabelCases[] = [
  {
    label: "i_statement",
    finds: [
      "I feel scared when the phone goes quiet for hours.",
      "I'm really hurt by what happened at dinner.",
      "It upsets me when plans change without a word.",
      "I need us to slow down and talk.",
      "I'd like to hear about your week.",
    ],
    ignores: ["I feel like you're hiding something.", "I'm good, thanks.", "I feel that you never listen."],
  },
  {
    label: "validation",
    finds: [
      "I understand why you're upset.",
      "It makes sense that you don't trust me yet.",
      "You have every right to be angry.",
      "You're not overreacting.",
    ],
    ignores: ["I don't understand why you're upset.", "That makes no sense."],
  },
  {
    label: "reflection",
    finds: [
      "It sounds like you felt invisible at the party.",
      "What I'm hearing is that you need more notice.",
      "So you're saying the hardest part was the secrecy?",
      "You felt dismissed when I checked my phone.",
    ],
    ignores: ["So you're saying I'm a liar?", "That sounds like a great plan."],
  },
  {
    label: "appreciation",
    finds: [
      "Thank you for waiting up for me.",
      "I appreciate how patient you were today.",
      "It meant a lot that you called my mum.",
      "I'm proud of you.",
    ],
    ignores: [
      "I don't appreciate the tone.",
      "Thanks for nothing.",
      "I'd appreciate it if you called first.",
    ],
  },
  {
    label: "criticism",
    finds: [
      "You're so inconsiderate.",
      "You only ever think about yourself.",
      "What kind of person lies to their own sister?",
      "You don't care about this family.",
    ],
    ignores: ["You're not selfish.", "My friend said you're selfish.", "I don't think you're lazy."],
  },
  {
    label: "contempt",
    finds: [
      "You're pathetic.",
      "Oh, poor baby.",
      "You disgust me.",
      "Wow, real mature.",
      "Great job, genius.",
    ],
    ignores: ["You're brilliant.", "Great job on the presentation!"],
  },
  {
    label: "defensiveness",
    finds: [
      "I didn't do anything wrong.",
      "What about the time you forgot my birthday?",
      "That's not true.",
      "I was only trying to help.",
      "You're no saint either.",
    ],
    ignores: ["You're right, I did forget.", "I'm sorry I forgot."],
  },
  {
    label: "stonewalling",
    finds: ["I'm done talking about this.", "Whatever.", "Leave me alone.", "This conversation is over."],
    ignores: [
      "I need a break; can we talk again in an hour?",
      "I don't want to talk right now, but let's pick it up after dinner.",
    ],
  },
  {
    label: "generalization",
    finds: [
      "You never help with the kids.",
      "You're always late.",
      "Every time I ask for help, you sigh.",
      "Nothing I do is ever enough.",
    ],
    ignores: [
      "I will never lie to you again.",
      "You always make me laugh.",
      "You never told me you were going out last night.",
    ],
  },
  {
    label: "blame_shift",
    finds: [
      "It's your fault we're late.",
      "You made me say it.",
      "I only yelled because you wouldn't listen.",
    ],
    ignores: ["It's not your fault.", "You didn't make me do anything."],
  },
  {
    label: "invalidation",
    finds: ["You're overreacting.", "Calm down.", "You're way too sensitive.", "It's not a big deal."],
    ignores: ["You're not overreacting.", "I'm calm now."],
  },
  {
    label: "controlling",
    finds: [
      "You're not allowed to see your friends.",
      "I need to know where you are at all times.",
      "Hand over your bank card.",
      "You can't go out without me.",
    ],
    ignores: [
      "You can check my phone whenever you like.",
      "Would you be willing to share your location when you travel?",
      "I'd never tell you who to see.",
    ],
  },
];

describe("analyzeMessage", () => {
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

  it("does not hold the writer to an attack they are quoting", () => {
    expect(labelsOf('You told me "you\'re pathetic" and I still think about it.')).not.toContain("contempt");
    expect(labelsOf("When you said ‘calm down’ I felt dismissed.")).toEqual(["i_statement"]);
  });

  it("reads always-for-them, never-for-me as a generalization, whatever the praise in it", () => {
    for (const text of [
      "You're always so kind to your friends and never to me.",
      "You always thank the kids and never me",
      "u alwys have an excuse n u nvr follow thru",
      "you allways cancel on me",
      "u nevr call when you say you will",
    ]) {
      expect(labelsOf(text), text).toEqual(["generalization"]);
    }
    expect(labelsOf("You always make me feel safe.")).toEqual(["appreciation"]);
  });

  it("reads a promise with never as a promise, not a generalization", () => {
    expect(labelsOf("I'll never hide my phone from you again.")).toEqual([]);
  });

  it("splits helpful and harmful labels for the interface", () => {
    const result = analyzeMessage("I feel hurt. You never listen.");
    expect(result.strengths).toEqual(["i_statement"]);
    expect(result.pitfalls).toEqual(["generalization"]);
    for (const f of result.findings)
      expect(f.text).toBe("I feel hurt. You never listen.".slice(f.start, f.end));
  });
});
