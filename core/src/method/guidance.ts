/** Guidance that applies whatever phase people are in. */
export interface GuidanceNote {
  id: string;
  title: string;
  points: readonly string[];
}

export const acrossPhases: readonly GuidanceNote[] = [
  {
    id: "professional_help",
    title: "When a counselor could help",
    points: [
      "Your talks keep turning into arguments, or one of you keeps getting defensive.",
      "The hurt feels too big to carry, or you can't stop reliving it.",
      "One of you can't seem to get past what happened, however hard you both try.",
      "Things feel stuck, even though you're both putting in effort.",
      "A counselor who knows betrayal and sees two people together can give you a neutral space. It's fine to meet a few before choosing, and to pick the one you feel safe with.",
    ],
  },
  {
    id: "fear_both_sides",
    title: "Both of you may be afraid",
    points: [
      "The person who was hurt often fears being hurt again.",
      "The person who broke trust often fears being rejected no matter what they do.",
      "Saying these fears out loud, without judging them, tends to make them smaller.",
    ],
  },
  {
    id: "small_wins",
    title: "Notice progress",
    points: [
      "Progress is rarely a straight line. Look back over weeks, not days.",
      "Mark the small things: an honest answer, a promise kept, a calm talk.",
    ],
  },
  {
    id: "self_trust",
    title: "Trusting yourself again",
    points: [
      "If you were hurt, you may doubt your own judgment. It can return as you notice when your instincts were right.",
      "If you broke trust, you may need to rebuild faith in yourself too, through small commitments you keep.",
    ],
  },
  {
    id: "timeline",
    title: "How long this takes",
    points: [
      "Rebuilding trust usually takes months, often longer.",
      "Setbacks are a normal part of it. Coming back to an earlier step is not starting over.",
    ],
  },
];
