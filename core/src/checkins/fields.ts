/**
 * What a check-in asks, with the words the form shows. Kept as data so the web form, the server
 * contract and the help rules all use the same lists.
 */

export const checkinKinds = ["daily", "weekly"] as const;
export type CheckinKind = (typeof checkinKinds)[number];

/** Feelings that weigh on a person after a breach: the ones the help rules watch. */
export const distressEmotions = [
  "anger",
  "sadness",
  "anxiety",
  "fear",
  "confusion",
  "low_self_worth",
] as const;
/** Feelings that show repair taking hold; tracked so progress is not only the absence of pain. */
export const hopefulEmotions = ["hope", "calm", "closeness", "gratitude"] as const;
export const emotions = [...distressEmotions, ...hopefulEmotions] as const;
export type DistressEmotion = (typeof distressEmotions)[number];
export type Emotion = (typeof emotions)[number];

/** Intensity runs 1–5; 4 and above is what the help rules call "high". */
export const minIntensity = 1;
export const maxIntensity = 5;
export const highIntensity = 4;

export const emotionLabels: Record<Emotion, string> = {
  anger: "Anger",
  sadness: "Sadness",
  anxiety: "Worry",
  fear: "Fear",
  confusion: "Confusion",
  low_self_worth: "Feeling not good enough",
  hope: "Hope",
  calm: "Calm",
  closeness: "Closeness",
  gratitude: "Gratitude",
};

/** Signs that trust is still being rebuilt: normal for a long while, worth noticing over time. */
export const trustSigns = [
  "checking",
  "questioning",
  "cant_let_go",
  "hard_to_open_up",
  "doubting_words",
] as const;
export type TrustSign = (typeof trustSigns)[number];

export const trustSignLabels: Record<TrustSign, string> = {
  checking: "I felt the urge to check up on them (phone, messages, where they were)",
  questioning: "I kept asking them questions to be sure",
  cant_let_go: "I could not let go of what happened",
  hard_to_open_up: "It felt hard to let my guard down with them",
  doubting_words: "I found it hard to believe what they told me",
};

export const minRating = 0;
export const maxRating = 10;

/** Parts of a check-in the author may choose to show the other person. */
export const shareableSections = ["trustNow", "elements", "emotions", "signs", "need"] as const;
export type ShareableSection = (typeof shareableSections)[number];
export type Sharing = Record<ShareableSection, boolean>;

/**
 * Everything is private until the author switches it on, the request included: the home page
 * promises exactly that. The form shows these as switches; a person who skips them shares nothing.
 */
export const defaultSharing: Sharing = {
  trustNow: false,
  elements: false,
  emotions: false,
  signs: false,
  need: false,
};

export const safetyFeelings = ["yes", "unsure", "no"] as const;
export type SafetyFeeling = (typeof safetyFeelings)[number];

export const checkinText = {
  daily: { title: "Daily check-in", duration: "Under a minute" },
  weekly: { title: "Weekly check-in", duration: "About five minutes" },
  trustNow: {
    question: "Right now, how much do you trust the other person and feel safe with them?",
    low: "Not at all",
    high: "Completely",
  },
  elements: {
    intro: "Rate each part of trust as it was this week, from 0 (not at all) to 10 (fully).",
  },
  emotions: {
    question: "Which feelings were with you today? Pick any, and how strong each one was.",
    intensityLow: "A little",
    intensityHigh: "Very strong",
  },
  signs: {
    question: "Did any of these happen? They are common while trust is healing; noticing them helps.",
  },
  need: {
    question: "One thing I need from you",
    hint: "Something small and concrete they could do, such as a call at lunch or a hug at the door.",
  },
  privateNote: {
    question: "A note for yourself",
    hint: "Only you will ever see this.",
  },
  safety: {
    intro: "Two private questions. Your answers are never shown to the other person.",
    feelSafe: "Do you feel safe with the other person at the moment?",
    feelSafeOptions: { yes: "Yes", unsure: "I'm not sure", no: "No" } satisfies Record<SafetyFeeling, string>,
    pressured: "Is anyone pushing you to use Mend, or to answer in a certain way?",
  },
  sharing: {
    intro: "Choose what the other person can see. Your note and the safety questions always stay private.",
  },
} as const;
