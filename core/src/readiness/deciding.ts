import type { GuidancePage } from "../safety/page.ts";

/**
 * Support for deciding whether to repair at all. Staying and leaving are presented as equally valid,
 * because Mend helps people decide, not only reconcile.
 */
export const decidingPage: GuidancePage = {
  title: "Deciding what you want",
  intro:
    "You don't have to know yet whether you want to repair this. Taking time to decide is a real step, not a delay.",
  sections: [
    {
      id: "questions",
      heading: "Questions to sit with",
      points: [
        "When you picture the coming year with this person, what do you feel: hope, dread, or some of each?",
        "Is the other person showing change in what they do, not only in what they say?",
        "Can you imagine feeling safe and respected with them again?",
        "What would you tell a close friend in your place?",
        "What do you need for your own health, whichever way you go?",
      ],
    },
    {
      id: "ending",
      heading: "Ending is a valid outcome",
      points: [
        "Ending a relationship, or stepping back from it, can be the healthiest choice. It is not a failure.",
        "If the other person won't take responsibility or won't change, your own well-being comes first.",
        "With family or friends, ending may mean more distance rather than a clean break. You can choose what fits.",
      ],
    },
    {
      id: "forgiving_not_staying",
      heading: "Forgiving is not the same as staying",
      points: [
        "Forgiveness happens inside you. You can forgive someone and still choose not to be close to them.",
        "Being close again needs both people to rebuild trust. Forgiving needs only you.",
        "You can also choose not to forgive, for now or at all. That decision is yours.",
      ],
    },
    {
      id: "broke_trust",
      heading: "If you broke trust yourself",
      points: [
        "Being unsure whether you want to repair this is worth being honest about, first with yourself.",
        "Going through the motions without meaning it tends to hurt the other person again.",
      ],
    },
    {
      id: "support",
      heading: "Support while you decide",
      points: [
        "A counselor can help you think it through, with or without the other person.",
        "Lean on people who care about you and won't push you either way.",
        "Give yourself a time frame if that helps, and allow yourself to revisit it.",
      ],
    },
  ],
};
