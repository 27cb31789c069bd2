/**
 * Triggers: a moment, place or thing that brought the pain back. Logging one is private; the person
 * may share it so both can see the pattern over time, and may ask the other for reassurance.
 */
export const triggerCategories = ["moment", "place", "thing", "date", "thought", "other"] as const;
export type TriggerCategory = (typeof triggerCategories)[number];

export const triggerCategoryLabels: Record<TriggerCategory, string> = {
  moment: "A moment or situation",
  place: "A place",
  thing: "Something I saw, heard or read",
  date: "A date or anniversary",
  thought: "A memory or thought that came back",
  other: "Something else",
};

export const minTriggerIntensity = 1;
export const maxTriggerIntensity = 5;

export const triggerIntensityLabels: Record<number, string> = {
  1: "A flicker",
  2: "It stung",
  3: "It hurt",
  4: "It knocked me back",
  5: "Overwhelming",
};

export const maxTriggerNoteLength = 1000;

/** Things a person can ask for in a hard moment; each finishes "I'm struggling right now, could you…". */
export const reassuranceAsks = ["call", "message", "hug", "remind", "listen", "talk_later"] as const;
export type ReassuranceAsk = (typeof reassuranceAsks)[number];

export const reassuranceOpening = "I'm struggling right now. Could you…";

export const reassuranceAskLabels: Record<ReassuranceAsk, string> = {
  call: "call me?",
  message: "send me a few words?",
  hug: "hold me for a while?",
  remind: "remind me you're in this with me?",
  listen: "listen without trying to fix it?",
  talk_later: "set a time for us to talk about it?",
};

export const maxReassuranceMessageLength = 1000;
export const maxReassuranceReplyLength = 2000;

/**
 * A request with no reply after this long counts as unanswered in the trust model. There is no push
 * or email, so the window is generous: a day leaves room for someone who was at work or asleep.
 */
export const reassuranceReplyWindowMs = 24 * 60 * 60 * 1000;

export const reassuranceGuidance: readonly string[] = [
  "A reply doesn't need to be perfect. Something warm and soon usually helps more than something long and late.",
  "Answer what they asked for. If you can't do it right now, say when you can.",
  "Try not to take the request as an accusation; it is a moment of trust, and answering it builds more.",
];
