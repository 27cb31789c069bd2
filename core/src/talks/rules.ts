/**
 * A structured talk: a topic, a time limit, ground rules both agree to, breaks when feelings run
 * high, and speaker–listener turns. The numbers below are the method's, in one place.
 */
export const defaultTalkMinutes = 30;
export const minTalkMinutes = 5;
export const maxTalkMinutes = 90;

/**
 * A break lasts at least 20 minutes: the body needs about that long to calm down after flooding.
 * It lasts at most a day, so a pause never quietly turns into dropping the subject.
 */
export const minBreakMinutes = 20;
export const maxBreakMinutes = 24 * 60;

/** A scheduled talk can be started a little early, so two people who are both ready can begin. */
export const earlyStartMinutes = 15;

export const maxTopicLength = 200;
export const maxCustomRules = 5;
export const maxCustomRuleLength = 200;
export const maxTurnTextLength = 4000;
export const maxSummaryLength = 4000;
export const maxReflectionLength = 4000;

export const groundRules = [
  "no_blame",
  "one_topic",
  "no_phones",
  "pause_any_time",
  "speak_for_yourself",
  "listen_first",
  "no_old_fights",
  "no_insults",
] as const;
export type GroundRule = (typeof groundRules)[number];

export const groundRuleLabels: Record<GroundRule, string> = {
  no_blame: "No blame: we describe what happened and how it felt, without accusing.",
  one_topic: "We stay with one topic.",
  no_phones: "Phones are put away.",
  pause_any_time: "Either of us can pause at any time, no reason needed.",
  speak_for_yourself: 'We each speak for ourselves, starting from "I".',
  listen_first: "We listen to understand before we answer.",
  no_old_fights: "Old arguments wait for another day.",
  no_insults: "No insults, sarcasm or mocking.",
};

/** What is said for the person who presses Pause, so a break never looks like walking out. */
export const pauseAnnouncement = "I'm flooded and I need a break. I'm not walking away: I'll be back.";

export const breakSuggestions = ["walk", "breathe", "music", "water", "rest", "absorb"] as const;
export type BreakSuggestion = (typeof breakSuggestions)[number];

export const breakSuggestionLabels: Record<BreakSuggestion, string> = {
  walk: "Go for a walk, or move your body for a while.",
  breathe: "Slow your breathing down: make each breath out longer than the breath in.",
  music: "Put on some music that settles you.",
  water: "Take a shower, or drink a glass of water slowly.",
  rest: "Lie down somewhere quiet and rest your eyes.",
  absorb: "Do something absorbing that has nothing to do with the talk: a puzzle, a game, a chore.",
};

export const breakGuidance =
  "While you're apart, try not to replay the argument or prepare your case: that keeps your body on alert. Come back when your heartbeat has slowed and you feel steady again.";

export const reflectionRatings = ["thats_it", "partly", "not_quite"] as const;
export type ReflectionRating = (typeof reflectionRatings)[number];

export const reflectionRatingLabels: Record<ReflectionRating, string> = {
  thats_it: "That's it",
  partly: "Partly",
  not_quite: "Not quite",
};

export const speakerGuidance =
  "Speak for yourself, about one thing, and keep it short enough for them to hold. Then let them say back what they heard.";
export const listenerGuidance =
  "Say back what you heard, in your own words, without answering, correcting or defending yet. Your turn to speak comes after.";
