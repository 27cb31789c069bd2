/** A gentle nudge to notice one good thing a day. Never a quota, never a streak. */
export interface AppreciationPrompt {
  id: string;
  text: string;
}

export const appreciationPrompts: readonly AppreciationPrompt[] = [
  { id: "small_kindness", text: "What small kindness did they show today, even one that was easy to miss?" },
  { id: "made_you_laugh", text: "When did they last make you smile or laugh?" },
  { id: "effort_seen", text: "What is something they're trying hard at right now?" },
  { id: "quality", text: "Which of their qualities did you notice today?" },
  { id: "helped", text: "How did they make your day a little easier recently?" },
  { id: "listened", text: "Was there a moment they really listened to you?" },
  { id: "kept_word", text: "Did they follow through on something, however small?" },
  { id: "honest_moment", text: "Was there a moment they were honest when it wasn't easy?" },
  { id: "good_memory", text: "Which good memory of them came back to you lately?" },
  { id: "with_others", text: "How did you see them treat someone else with care?" },
  { id: "patience", text: "Where did they show patience, with you or with themselves?" },
  { id: "grateful_for", text: "What about them are you quietly grateful for this week?" },
  { id: "changed", text: "What have they started doing differently that you've noticed?" },
  { id: "comfort", text: "When did being around them feel easy or comforting?" },
];

export const appreciationGuide = {
  title: "Notice one thing",
  paragraphs: [
    "Once a day, if you like, notice one thing you valued about them and tell them in a line or two. Specific beats grand: a moment, a gesture, a choice they made.",
    "Appreciations show up on their home page. Mend never tells you whether or when they read it, and never tells them when you read theirs.",
    "Skipping a day is fine. This is a habit to enjoy, not a task to keep up.",
  ],
} as const;

const dayMs = 86_400_000;

/**
 * Today's prompt, the same all day for the person: `utcOffsetMinutes` is their offset from UTC
 * (120 for UTC+2), since the day turns over at their midnight.
 */
export function appreciationPromptFor(now: Date, utcOffsetMinutes = 0): AppreciationPrompt {
  const t = now.getTime() + utcOffsetMinutes * 60_000;
  const day = Number.isFinite(t) ? Math.floor(t / dayMs) : 0;
  const count = appreciationPrompts.length;
  const index = ((day % count) + count) % count;
  return appreciationPrompts[index] as AppreciationPrompt;
}
