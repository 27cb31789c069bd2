import type { WarningKind } from "./rules.ts";

export const maintenanceIntro = {
  title: "Keeping it up",
  paragraphs: [
    "You've done the hard, early work together. From here the aim is to keep what you've rebuilt in good shape.",
    "That mostly means three habits: a short check-in each week, a longer conversation once a month, and talking early when something feels off.",
    "Setbacks can still happen. When one does, Mend will suggest a talk rather than sending you back to the start.",
  ],
} as const;

/** Before maintenance: said plainly, without making anyone feel behind. */
export const beforeMaintenance = {
  title: "Not yet, and that's fine",
  text: "Keeping it up becomes the focus once the earlier parts of the repair have been completed at least once. There's no schedule for getting there.",
} as const;

export const weeklyCheckinGuide = {
  title: "This week's check-in",
  due: "It's been about a week. A few minutes together to ask how things are between you keeps small things small.",
  notDue: "Your next weekly check-in is coming up. Nothing to do until then.",
  questions: [
    "What felt good between us this week?",
    "Was there a moment you felt unsure or distant?",
    "Is there anything you need from me in the week ahead?",
  ],
} as const;

export const monthlyReviewGuide = {
  title: "The monthly conversation",
  due: "A month has gone by. Set aside half an hour for a longer look at how things are going.",
  notDue: "Your next monthly conversation isn't due yet.",
  questions: [
    "Looking back over the month, what are we doing well?",
    "Are our agreements still working for both of us, or does one need changing?",
    "Has anything old come back up, around a date, a place or a stressful week?",
    "What pressures are coming up that could strain us, and how will we handle them?",
    "What is one thing we want to do together next month?",
  ],
  markHeld: "We had our monthly conversation",
} as const;

/** A warning's wording. Each one suggests talking; none of them assigns blame. */
export interface WarningText {
  title: string;
  text: string;
  suggestion: string;
}

export const warningTexts: Record<WarningKind, WarningText> = {
  trust_falling: {
    title: "Trust has dipped lately",
    text: "Trust ratings have come down over the past two weeks.",
    suggestion: "It may help to talk about what has changed, while it's still fresh and small.",
  },
  promises_missed: {
    title: "A few promises slipped",
    text: "Some promises have been missed one after another recently.",
    suggestion:
      "A calm talk about what got in the way can help: maybe a promise needs to be smaller, or support is needed.",
  },
  agreement_breached: {
    title: "An agreement was broken",
    text: "An agreement was broken in the past two weeks.",
    suggestion:
      "Talking it through soon, and deciding together whether to renew or change it, usually helps.",
  },
  phase_reopened: {
    title: "Something has come up again",
    text: "A setback has opened up an earlier part of the repair.",
    suggestion: "That's common and doesn't undo what you've built. A talk about it is a good next step.",
  },
};
