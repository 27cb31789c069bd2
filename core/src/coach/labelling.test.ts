import { describe, expect, it } from "vitest";
import { analyzeApology } from "./apology/analyze.ts";
import type { ApologyLabel, MessageLabel } from "./labels.ts";
import { analyzeMessage } from "./message/analyze.ts";

/**
 * The edges LABELLING.md settles, each held by its own invented example: exactly these labels, so a
 * rule that drifts to the other reading fails here before it skews a set.
 */
const apologies: [string, string, ApologyLabel[]][] = [
  ["a conditional apology is not regret", "I'm sorry if my tone came across badly.", ["conditional"]],
  ["a formal conditional is still one", "To the extent that I upset you, I apologize.", ["conditional"]],
  ["sorry for how they took it is deflection", "I'm sorry you took it that way.", ["deflection"]],
  ["sorry the truth was hard to hear is deflection", "I'm sorry the truth was hard to hear.", ["deflection"]],
  [
    "a but tail is labelled for what it does too",
    "I'm sorry I was late, but the traffic was awful.",
    ["regret", "excuse", "but_negation"],
  ],
  [
    "at the same time takes an apology back like but",
    "I'm sorry I was late. At the same time, you never told me the time.",
    ["regret", "blame_shift", "but_negation"],
  ],
  [
    "a tail that only adds a promise is no but_negation",
    "I'm sorry. But sorry is not enough, so here is what I'll change: I'll be home by six every night.",
    ["regret", "repentance"],
  ],
  ["intent offered as the reason is an excuse", "It was meant as a joke.", ["excuse"]],
  ["good intentions are an excuse", "I was only trying to help.", ["excuse"]],
  ["a shrunken act is minimizing", "It was just a silly joke.", ["minimizing"]],
  ["circumstances are an excuse", "It had been a long week.", ["excuse"]],
  [
    "a belief owned is explanation",
    "I thought I was helping, and I see now it wasn't my call.",
    ["explanation"],
  ],
  ["gentle shared blame is blame", "We both let things slip.", ["blame_shift"]],
  [
    "what would have spared it is blame",
    "None of this would have happened if you had listened.",
    ["blame_shift"],
  ],
  [
    "a third person can carry the blame",
    "Your brother shouldn't have shown you the photos.",
    ["blame_shift"],
  ],
  ["time declared up is pressure", "I feel it's time we moved on.", ["pressure"]],
  ["closing the matter for them is pressure", "Let's draw a line under it.", ["pressure"]],
  ["a hope with no clock asks", "If and when you can, I hope you'll forgive me.", ["forgiveness_request"]],
  ["their reading recast as theirs alone", "It just landed differently for you.", ["invalidation"]],
  ["their hearing corrected", "You heard it as shouting.", ["invalidation"]],
  ["their feelings ruled out of evidence", "Feelings aren't facts.", ["invalidation"]],
  ["the writer's own pain put beside theirs", "I hope you can see how much I'm hurting too.", ["deflection"]],
];

const messages: [string, string, MessageLabel[]][] = [
  ["a learner's validation", "Is normal you are upset.", ["validation"]],
  ["a learner's I-statement", "I need that we talk on Sunday.", ["i_statement"]],
  ["counter-blame alone is blame", "You're the one who started this.", ["blame_shift"]],
  [
    "counter-blame with a denial is also defensive",
    "It wasn't me, I only did what you did first.",
    ["defensiveness", "blame_shift"],
  ],
  ["shrinking your own act is defensive", "It was only one drink.", ["defensiveness"]],
  [
    "calling their reaction too big invalidates",
    "You're making a mountain out of a molehill.",
    ["invalidation"],
  ],
  [
    "counted praise is appreciation",
    "Thank you for calling every evening, just like you promised.",
    ["appreciation"],
  ],
  ["the writer's own habit is no verdict", "I was polite, like always.", []],
  [
    "a fault made into every time is a verdict",
    "Every time we visit, you sulk in the car.",
    ["generalization"],
  ],
  ["a learner's always is one too", "Always you side with her.", ["generalization"]],
  ["a scoffing tag is contempt", "Typical you.", ["contempt"]],
  ["talking down is contempt", "Maybe I should explain it slowly, like to a small child.", ["contempt"]],
  ["a plain verdict on character is criticism", "You are a bad father.", ["criticism"]],
  ["a verdict by image is criticism", "You have a heart of stone.", ["criticism"]],
  ["mockery of their hurt invalidates", "Somebody call an ambulance, she's upset again.", ["invalidation"]],
  [
    "checking what they said reflects",
    "I want to be sure I understand: you mean mostly weekends?",
    ["reflection"],
  ],
  ["a learner's check reflects", "You'd like me not to call in the evenings, correct?", ["reflection"]],
  [
    "a demand dressed as logistics controls",
    "From now on I keep the bank card, you ask me when you need money.",
    ["controlling"],
  ],
  ["an errand is no label", "Please bring your passport to the bank on Tuesday.", []],
];

const sorted = <T extends string>(labels: readonly T[]): T[] => [...labels].sort();

describe("the labelling guide's edges, in apologies", () => {
  it.each(apologies)("%s", (_edge, text, labels) => {
    expect(sorted(analyzeApology(text).labels)).toEqual(sorted(labels));
  });
});

describe("the labelling guide's edges, in messages", () => {
  it.each(messages)("%s", (_edge, text, labels) => {
    expect(sorted(analyzeMessage(text).labels)).toEqual(sorted(labels));
  });
});
