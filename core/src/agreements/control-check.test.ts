import { describe, expect, it } from "vitest";
import { controlCheck } from "./control-check.ts";

const kinds = (...texts: string[]) => controlCheck(texts).map((w) => w.kind);

describe("controlling check", () => {
  it.each([
    ["I can check your phone whenever I want", "surveillance"],
    ["You keep your location shared with me at all times", "surveillance"],
    ["Read all your messages every day", "surveillance"],
    ["You give me all your passwords", "surveillance"],
    ["I get full access to your accounts", "surveillance"],
    ["We install a tracking app on your phone", "surveillance"],
    ["You won't see your friends any more", "isolation"],
    ["You are not allowed to talk to your family without me", "isolation"],
    ["Cut off all your friends", "isolation"],
    ["You can only see the friends I approve", "isolation"],
    ["I will control all the money", "money"],
    ["You hand over your salary to me", "money"],
    ["You need my permission before spending anything", "money"],
    ["You get a weekly allowance", "money"],
    ["You must ask my permission to go out", "movement"],
    ["You must ask my permission before you go out with anyone", "movement"],
    ["You aren't allowed to go out on weekends", "movement"],
    ["You have to be home by 8 every night", "movement"],
    ["You never go out without me", "movement"],
  ])("warns about %j as %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    "I need to know if you'll be late after 9pm",
    "You tell me your plans for the evening before you go out",
    "You show me your phone when I ask about a message, and I'll ask rather than look",
    "No contact with Sam, in any form",
    "We share our location when one of us is driving home late",
    "I'll let you know if I'll be home after midnight",
    "We look at our shared bank account together once a month",
    "I won't go through your phone",
    "We each keep some money of our own",
  ])("lets freely chosen openness pass: %j", (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it("checks every field together and warns once per kind, with a plain explanation and the words that raised it", () => {
    const warnings = controlCheck([
      "You check in with me at all times and I can read your messages whenever I want",
      "I need to feel safe",
      "You won't see your friends and I can check your phone at all times",
    ]);
    expect(warnings.map((w) => w.kind)).toEqual(["surveillance", "isolation"]);
    for (const warning of warnings) {
      expect(warning.explanation.length).toBeGreaterThan(40);
      expect(warning.excerpt.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["Your money belongs to me now", "money"],
    ["Send me a photo every hour", "surveillance"],
    ["Quit your job", "isolation"],
  ])("also warns about %j, found by the language coach, as %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it("reads curly apostrophes and odd spacing the same as plain ones", () => {
    expect(kinds("You  can\u2019t   see your friends")).toEqual(["isolation"]);
  });
});
