/** A short section of guidance: a heading and a few plain sentences. */
export interface GuidanceSection {
  id: string;
  title: string;
  paragraphs: readonly string[];
}

/** Forgiving and reconciling are different choices; the page explains that before the steps. */
export const forgivingIsNotReconciling: GuidanceSection = {
  id: "forgiving_vs_reconciling",
  title: "Forgiving is not the same as reconciling",
  paragraphs: [
    "Forgiving happens inside you. It is you deciding that what happened will no longer run your days, and it needs nothing from the other person.",
    "Reconciling happens between two people. It asks both of you to take part, and it only makes sense if trust can be rebuilt safely.",
    "You can forgive and still decide to part. You can also stay without having forgiven yet. Neither choice is a failure, and forgiving never obliges you to stay.",
    "If you were the one who broke trust: forgiveness is theirs to give, at their pace. Asking for it, or counting the days, tends to push it further away.",
  ],
};

/** Why the path exists and how it behaves, shown at the top of the forgiveness page. */
export const forgivenessIntro: GuidanceSection = {
  id: "forgiveness_intro",
  title: "Your forgiveness path",
  paragraphs: [
    "Five steps, at your own pace, in whatever order helps. Write a few lines when you feel like it and skip what doesn't fit.",
    "Everything you write here is private. You can share a single reflection with the other person if you want them to see it, and take it back later; they aren't told either way.",
    "Sharing that you choose to forgive is also how Mend knows this part of the repair has moved on. There is no pressure to get there.",
  ],
};

/** What the other person sees on the forgiveness page when the five steps aren't theirs to walk. */
export const forgivenessForBrokeTrust: GuidanceSection = {
  id: "forgiveness_for_broke_trust",
  title: "While they find their own way",
  paragraphs: [
    "The steps of forgiveness belong to the person who was hurt. If they choose to share a reflection with you, it will appear here.",
    "Meanwhile, your part is steady: keep your word, stay open, and be patient with a process you can't speed up.",
    "The self-trust reflections are for you too: understanding what led you here, and learning to trust yourself again.",
  ],
};

export const unsentLetterGuide: GuidanceSection = {
  id: "unsent_letter",
  title: "A letter you won't send",
  paragraphs: [
    "Write to them, or to yourself, or to the version of you from before. Say all of it: the anger, the grief, the questions, the things you would never say out loud.",
    "Nobody else will ever read it. Mend never shares a letter, not even a line of it.",
    "When you're ready, you can keep it, come back and add to it, or let it go. Letting it go deletes it for good: it can't be brought back, by you or by anyone.",
  ],
};

export const destroyLetterConfirmation = {
  title: "Let this letter go?",
  body: "It will be deleted completely and can't be recovered. If you'd like a copy first, download your data before you continue.",
  confirm: "Let it go",
  cancel: "Keep it for now",
  done: "It's gone. Take a breath; that was a real step.",
} as const;

export interface Practice {
  id: "grounding" | "self_care_plan" | "shifting_to_the_future";
  title: string;
  /** Roughly how long it takes, for people deciding whether they have time now. */
  minutes: number;
  intro: string;
  steps: readonly string[];
  /** A prompt for writing afterwards; the answer can be kept as a private reflection. */
  afterwards: string;
}

/** Short guided exercises for letting go. Nothing is recorded unless the person writes something. */
export const lettingGoPractices: readonly Practice[] = [
  {
    id: "grounding",
    title: "Come back to the present",
    minutes: 5,
    intro:
      "When memories pull you back into the worst moments, a few minutes of paying attention to what is around you can bring you back to now.",
    steps: [
      "Sit or stand so your feet are flat on the floor. Notice the floor holding you up.",
      "Breathe in slowly while you count to four, then out while you count to six. Do this five times.",
      "Look around and name five things you can see, four you can hear, three you can touch.",
      "Press your palms together for a few seconds, then let go and notice the warmth.",
      "Say to yourself: that happened then; right now I am here, and I am safe enough.",
    ],
    afterwards: "What helped most, even a little? Write it down so it's there for a harder day.",
  },
  {
    id: "self_care_plan",
    title: "Make a small care plan",
    minutes: 10,
    intro:
      "Hurt wears you out. A simple plan, written on a calm day, makes it easier to look after yourself on a rough one.",
    steps: [
      "Pick one thing for your body this week: a walk, an earlier night, a proper meal.",
      "Pick one person you can reach out to, and decide what you'd say to them.",
      "Pick one thing that has nothing to do with any of this and simply gives you joy.",
      "Write down one early sign that you are running low, so you notice it sooner.",
      "Choose a day next week to look at the plan again and adjust it.",
    ],
    afterwards: "Write your plan in a few lines, and keep it where you'll find it.",
  },
  {
    id: "shifting_to_the_future",
    title: "Turn towards what comes next",
    minutes: 10,
    intro:
      "Letting go is easier when there is something to move towards. This isn't about forgetting; it's about giving the future some of your attention again.",
    steps: [
      "Picture an ordinary good day a year from now. Where are you, and who is with you?",
      "Notice which parts of that day depend on the other person, and which are yours alone.",
      "Choose one thing from that picture you can start on this month, however small.",
      "Think of something you have learned about yourself through all this that you want to keep.",
    ],
    afterwards: "What is the one small thing you'll start on, and when?",
  },
];

export const selfCompassionNote: GuidanceSection = {
  id: "self_compassion",
  title: "Be as kind to yourself as you would be to a friend",
  paragraphs: [
    "Whichever side of this you are on, it is heavy, and you are allowed to find it hard.",
    "Holding yourself to account and treating yourself cruelly are different things. The first helps you change; the second only wears you down.",
    "When you catch a harsh thought about yourself, try saying it the way a good friend would say it to you instead.",
  ],
};
