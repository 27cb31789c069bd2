/**
 * The coach's vocabulary. Apology labels follow Lewicki, Polin & Lount (2016) for the six parts and
 * common non-apology moves for the failures; message labels follow Gottman's Four Horsemen, their
 * antidotes, and the control that must not pass for a boundary.
 */

export const apologyParts = [
  "regret",
  "explanation",
  "responsibility",
  "repentance",
  "repair",
  "forgiveness_request",
] as const;
export type ApologyPart = (typeof apologyParts)[number];

export const apologyPitfalls = [
  "excuse",
  "minimizing",
  "conditional",
  "blame_shift",
  "deflection",
  "invalidation",
  "pressure",
  "but_negation",
] as const;
export type ApologyPitfall = (typeof apologyPitfalls)[number];

export const apologyLabels = [...apologyParts, ...apologyPitfalls] as const;
export type ApologyLabel = ApologyPart | ApologyPitfall;

export const messageStrengths = ["i_statement", "validation", "reflection", "appreciation"] as const;
export type MessageStrength = (typeof messageStrengths)[number];

export const messagePitfalls = [
  "criticism",
  "contempt",
  "defensiveness",
  "stonewalling",
  "generalization",
  "blame_shift",
  "invalidation",
  "controlling",
] as const;
export type MessagePitfall = (typeof messagePitfalls)[number];

export const messageLabels = [...messageStrengths, ...messagePitfalls] as const;
export type MessageLabel = MessageStrength | MessagePitfall;

export type CoachLabel = ApologyLabel | MessageLabel;

/** Whether a label marks words that help the other person hear you, or words that get in the way. */
export type LabelEffect = "helps" | "hurts";

export interface LabelInfo {
  /** A short plain name for a checklist or a highlight legend. */
  name: string;
  /** One line saying what the label means, written to the person drafting. */
  description: string;
  effect: LabelEffect;
  /** Why this kind of wording matters, used when a rule has nothing more specific to say. */
  why: string;
  /** A better way to say it, used when a rule has nothing more specific to offer. */
  suggestion: string;
}

export const labelInfo: Record<CoachLabel, LabelInfo> = {
  regret: {
    name: "Regret",
    description: "You say plainly that you are sorry.",
    effect: "helps",
    why: "Saying you are sorry without conditions tells them you feel the weight of what happened.",
    suggestion: "Keep it, and tie it to what you did: “I’m sorry I …”.",
  },
  explanation: {
    name: "Explanation",
    description: "You help them understand how it came about, without using it as a defence.",
    effect: "helps",
    why: "Knowing how it happened makes you more predictable to them, which is what rebuilds safety.",
    suggestion: "Keep it short and follow it with ownership, so it reads as a reason and not an excuse.",
  },
  responsibility: {
    name: "Responsibility",
    description: "You own what you did, with no one else to blame.",
    effect: "helps",
    why: "Owning the act is the part of an apology that does the most to repair trust.",
    suggestion: "Keep it specific: name the act and its effect on them.",
  },
  repentance: {
    name: "Commitment to change",
    description: "You say what you will do differently from now on.",
    effect: "helps",
    why: "A concrete promise about the future gives them something they can watch you keep.",
    suggestion: "Make it concrete and checkable: what, when, and how they will see it.",
  },
  repair: {
    name: "Offer to make amends",
    description: "You offer something that helps put right the harm.",
    effect: "helps",
    why: "Offering to repair the harm is, after owning it, the strongest part of an apology.",
    suggestion: "Offer something specific, and let them say what would actually help.",
  },
  forgiveness_request: {
    name: "Asking forgiveness",
    description: "You ask, without pressing, whether they could forgive you.",
    effect: "helps",
    why: "Asking leaves the choice with them; it matters least of the six parts, so keep it gentle.",
    suggestion: "Ask once and leave room: “If and when you can, I hope you’ll forgive me.”",
  },
  excuse: {
    name: "Excuse",
    description: "Circumstances are offered as a reason the act was acceptable.",
    effect: "hurts",
    why: "Pointing at circumstances sounds like you are justifying the act instead of owning it.",
    suggestion: "Own the choice first; if context helps, add it after: “I chose to … and that was wrong.”",
  },
  minimizing: {
    name: "Minimizing",
    description: "The harm is made to sound smaller than it felt to them.",
    effect: "hurts",
    why: "Shrinking what happened tells them their pain is out of proportion.",
    suggestion: "Describe what happened at its real size and name how it affected them.",
  },
  conditional: {
    name: "Conditional apology",
    description: "The apology depends on “if” they were hurt.",
    effect: "hurts",
    why: "An “if” casts doubt on whether anything happened and puts the hurt on their side.",
    suggestion: "Drop the “if” and name it: “I’m sorry I hurt you when I …”.",
  },
  blame_shift: {
    name: "Shifting blame",
    description: "Part of the cause is placed on them or on someone else.",
    effect: "hurts",
    why: "Moving the cause onto someone else undoes the ownership the message needs.",
    suggestion: "Speak only about your own part: “I chose to …”.",
  },
  deflection: {
    name: "Deflection",
    description: "The focus moves from your act to their feelings or to other matters.",
    effect: "hurts",
    why: "Being sorry about their reaction, or turning the talk elsewhere, avoids owning the act.",
    suggestion: "Apologize for what you did, not for how they feel: “I’m sorry I …”.",
  },
  invalidation: {
    name: "Invalidation",
    description: "Their feelings or perceptions are treated as wrong or too much.",
    effect: "hurts",
    why: "Telling someone their reaction is wrong makes them defend it instead of feeling heard.",
    suggestion: "Acknowledge the feeling first: “I can see why you’re upset.”",
  },
  pressure: {
    name: "Pressure",
    description: "They are pushed to forgive, trust or move on before they are ready.",
    effect: "hurts",
    why: "Forgiveness that is pushed for tends to be withheld; it has to be theirs to give.",
    suggestion: "Leave the timing to them: “Take the time you need; I’m not going anywhere.”",
  },
  but_negation: {
    name: "“Sorry, but…”",
    description: "A “but” after the apology takes it back.",
    effect: "hurts",
    why: "Whatever follows “but” is heard as the real message, and it cancels the apology before it.",
    suggestion: "End the apology with a full stop. Say anything else another time, or not at all.",
  },
  i_statement: {
    name: "I-statement",
    description: "You speak about your own feelings and needs.",
    effect: "helps",
    why: "Speaking from your own experience invites them in instead of putting them on trial.",
    suggestion: "Keep it, and pair the feeling with a specific event and a request.",
  },
  validation: {
    name: "Validation",
    description: "You tell them their feelings make sense.",
    effect: "helps",
    why: "Feeling understood lowers defences on both sides and keeps the talk going.",
    suggestion: "Keep it, and name the feeling you see in them.",
  },
  reflection: {
    name: "Reflecting back",
    description: "You sum up what they said to check you understood.",
    effect: "helps",
    why: "Repeating back what you heard shows you listened and catches misunderstandings early.",
    suggestion: "End with a check: “Did I get that right?”",
  },
  appreciation: {
    name: "Appreciation",
    description: "You thank them or name something good they did.",
    effect: "helps",
    why: "Noticing the good keeps hard talks from being only about what went wrong.",
    suggestion: "Keep it, and be specific about what they did.",
  },
  criticism: {
    name: "Criticism",
    description: "Their character is attacked instead of a specific action.",
    effect: "hurts",
    why: "An attack on who someone is invites a defence, not a change.",
    suggestion: "Describe the action and how it affected you: “When you …, I felt …”.",
  },
  contempt: {
    name: "Contempt",
    description: "Insults, mockery or sarcasm that put them beneath you.",
    effect: "hurts",
    why: "Contempt is the strongest predictor of a relationship ending; it leaves no room to repair.",
    suggestion: "Say the hurt or the need underneath, without the put-down.",
  },
  defensiveness: {
    name: "Defensiveness",
    description: "Denying any part, or answering a complaint with a counter-attack.",
    effect: "hurts",
    why: "Defending yourself tells them their concern is not being heard.",
    suggestion: "Find the part you can own, even a small one: “You’re right that I …”.",
  },
  stonewalling: {
    name: "Stonewalling",
    description: "Shutting the conversation down or withdrawing from it.",
    effect: "hurts",
    why: "Shutting down leaves the other person alone with the problem.",
    suggestion: "If you need a break, say so and say when you will come back: “I need twenty minutes.”",
  },
  generalization: {
    name: "Always / never",
    description: "One event becomes “always” or “never”.",
    effect: "hurts",
    why: "“Always” and “never” are easy to disprove and turn a complaint into a verdict.",
    suggestion: "Talk about one specific time: “Last night, when you …”.",
  },
  controlling: {
    name: "Controlling",
    description: "A demand that takes away their freedom, money, friends or privacy.",
    effect: "hurts",
    why: "Safety comes from agreements both people choose; control breeds fear, not trust.",
    suggestion: "Say what you need to feel safe and ask what they can offer: “Could we agree to …?”",
  },
};

/**
 * How much each part weighs in a checklist. Lewicki et al. found owning the act mattered most, an
 * offer of repair next, regret, explanation and a promise to change about equally, and a request for
 * forgiveness least.
 */
export const apologyPartWeights: Record<ApologyPart, number> = {
  responsibility: 1,
  repair: 0.8,
  regret: 0.6,
  explanation: 0.6,
  repentance: 0.6,
  forgiveness_request: 0.2,
};

export function isApologyLabel(value: string): value is ApologyLabel {
  return (apologyLabels as readonly string[]).includes(value);
}

export function isMessageLabel(value: string): value is MessageLabel {
  return (messageLabels as readonly string[]).includes(value);
}
