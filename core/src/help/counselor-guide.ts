/**
 * A short guide to finding a counselor, written for Mend. Typed content: the web renders it as-is.
 * The few lines that depend on the relationship (who a counselor works with, which approaches to ask
 * about) come from `relationshipWords`.
 */
import type { RelationshipKind } from "../spaces/contract.ts";
import { wordsFor } from "../spaces/relationship-words.ts";

export interface GuideSection {
  id: (typeof guideSectionIds)[number];
  title: string;
  points: readonly string[];
}

export interface CounselorGuide {
  title: string;
  intro: string;
  sections: readonly GuideSection[];
}

export const guideSectionIds = [
  "qualified",
  "experience",
  "first_meeting",
  "what_to_expect",
  "not_together_first",
  "cost",
] as const;

/** The guide in words that fit the relationship. */
export function counselorGuide(relationship: RelationshipKind): CounselorGuide {
  const words = wordsFor(relationship);
  return {
    title: "Finding a counselor",
    intro:
      "Asking for help is a sign you take this seriously, not a sign you have failed. A good counselor gives you both a calm room, a fair referee and skills that are hard to learn from an app.",
    sections: [
      {
        id: "qualified",
        title: "Check that they are qualified",
        points: [
          `Look for someone licensed to provide therapy where you live. Titles differ by country: ${words.romantic ? "marriage and family therapist" : "family therapist"}, psychologist, clinical social worker and licensed professional counselor are common ones.`,
          "Most licensing bodies keep a public register. A quick search by name tells you whether the license is current and whether any complaints were upheld.",
          words.approaches,
        ],
      },
      {
        id: "experience",
        title: "Look for experience with broken trust",
        points: [
          `Ask how often they work with people recovering from ${words.betrayals}. You want someone for whom this is familiar ground.`,
          "Ask how they handle things one of you tells them alone. Many counselors will not keep secrets from the other person; it is better to know the rule before any one-to-one session.",
          "A good counselor does not take sides, and asks each of you, separately, whether you feel safe at home.",
        ],
      },
      {
        id: "first_meeting",
        title: "Use the first meeting to decide",
        points: [
          "Many counselors offer a short first call or consultation, sometimes free. Treat it as an interview in both directions.",
          `Useful questions: How do you usually work with ${words.counselingFor} after a betrayal? How long does it tend to take? What does a session cost, and do you offer online sessions or reduced fees?`,
          "Afterwards, ask yourselves whether each of you felt listened to and neither of you felt blamed. If not, trying someone else is normal and sensible.",
        ],
      },
      {
        id: "what_to_expect",
        title: "What the sessions are usually like",
        points: [
          "The first sessions are about understanding: your history, what happened, what each of you hopes for. Often each person also has one session alone.",
          "Later sessions are for practice: talking about the hard parts with support, learning to listen and to repair, and small things to try at home between sessions.",
          "Feelings can get stronger before they ease, because you are finally looking at them. Expect a counselor to check progress with you and adjust the plan.",
          "Repair usually takes months. Regular sessions, even short ones, tend to help more than occasional long ones.",
        ],
      },
      {
        id: "not_together_first",
        title: `When ${words.jointSessions.toLowerCase()} are not the first step`,
        points: [
          "If you are afraid of the other person, or there is violence, threats or control over money, friends or your phone, joint sessions can make things more dangerous. Start with a counselor of your own and see the safety page.",
          "If the other person will not come, you can still go on your own. Many people find their footing there, whatever they later decide about the relationship.",
        ],
      },
      {
        id: "cost",
        title: "If cost is a worry",
        points: [
          "Check whether your health insurance or an employee assistance program covers counseling; some cover a few sessions at no cost.",
          "Community clinics and university training clinics often charge on a sliding scale, with trainees supervised by experienced therapists.",
        ],
      },
    ],
  };
}
