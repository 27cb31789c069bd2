import type { Phase } from "./types.ts";

export const acknowledge: Phase = {
  id: "acknowledge",
  title: "Name what happened",
  purpose:
    "Put what happened, and what it did, into plain words, so that both of you are looking at the same picture.",
  forBrokeTrust: [
    {
      id: "acknowledge.name_it",
      title: "Say what you did",
      detail:
        "Write down what you did in specific terms, and what it cost the other person. Leave reasons and excuses out for now; they can wait.",
      tool: "acknowledgment",
    },
    {
      id: "acknowledge.revise",
      title: "Listen to how it landed",
      detail:
        "If your words didn't reach them yet, ask what was missing and try again. Revising is part of the work, not a failure.",
      tool: "acknowledgment",
    },
  ],
  forHurt: [
    {
      id: "acknowledge.impact",
      title: "Say how it affected you",
      detail:
        "When you feel ready, describe what this did to you, starting from yourself: “I felt…”, “Since then I…”. You decide how much to share, and when.",
      tool: "impact_statement",
    },
    {
      id: "acknowledge.respond",
      title: "Say whether you felt heard",
      detail:
        "Read their acknowledgment and tell them honestly if it reached you: heard, partly, or not yet. Every one of those answers is fine.",
      tool: "acknowledgment",
    },
  ],
  forBoth: [
    {
      id: "acknowledge.readiness",
      title: "Check in with yourself first",
      detail:
        "Take the private readiness check. It is for you alone; the other person only sees that you took it.",
    },
  ],
  whatToExpect: [
    "This often takes a few rounds. A first try that falls short is common and can be mended.",
    "Strong feelings tend to surface here. You can pause and come back another day.",
  ],
  evidence: {
    underWay: ["An acknowledgment or an impact statement has been shared."],
    complete: [
      "The person who was hurt said the acknowledgment made them feel heard, and their latest answer still says so.",
      "If something new comes to light later, a fresh acknowledgment is needed.",
    ],
  },
};

export const responsibility: Phase = {
  id: "responsibility",
  title: "Own it and apologize",
  purpose:
    "Take full ownership, apologize without shifting blame, and commit to a change the other person will be able to see.",
  forBrokeTrust: [
    {
      id: "responsibility.apology",
      title: "Write your apology",
      detail:
        "Say what you regret and that it was your choice. You can explain how it came about, as long as the explanation doesn't turn into a reason it was acceptable.",
      tool: "apology",
    },
    {
      id: "responsibility.commit",
      title: "Commit to something specific",
      detail: "Name one change you will make and can keep, and how they will be able to notice it.",
      tool: "promises",
    },
    {
      id: "responsibility.amends",
      title: "Offer to make things right",
      detail: "Ask what would repair some of the damage, and offer what you honestly can.",
      tool: "amends",
    },
  ],
  forHurt: [
    {
      id: "responsibility.receive",
      title: "Take the apology at your own pace",
      detail:
        "You don't have to accept it on the spot, or at all. Notice what rings true to you and what doesn't.",
      tool: "apology",
    },
    {
      id: "responsibility.ask",
      title: "Say what would help",
      detail: "If something would help repair the damage, you can ask for it. You don't owe them a list.",
      tool: "amends",
    },
  ],
  forBoth: [
    {
      id: "responsibility.self_care",
      title: "Be gentle with yourself",
      detail:
        "Owning harm and hearing an apology are both draining. Rest, eat, and lean on people who are on your side.",
    },
  ],
  whatToExpect: [
    "An apology opens a door; it doesn't settle things. Trust tends to follow what happens afterwards.",
    "The person who was hurt may need to hear it more than once, or in other words.",
  ],
  evidence: {
    underWay: ["An apology has been shared, a promise to change has been made, or an amend has been made."],
    complete: [
      "An apology has been shared, along with at least one promise to change or an active agreement.",
      "The apology is part of the acknowledgment: while the person who was hurt answers that it reached them only partly, or not yet, this stays open.",
      "After a new disclosure or a broken agreement, a fresh apology is needed.",
    ],
  },
};

export const communication: Phase = {
  id: "communication",
  title: "Talk honestly",
  purpose:
    "Build a safe way to talk: clear ground rules, real listening, and honest answers to the hard questions.",
  forBrokeTrust: [
    {
      id: "communication.answer",
      title: "Answer their questions honestly",
      detail:
        "Give specific, truthful answers, including the uncomfortable ones. If you notice yourself getting defensive, say so and slow down instead of pushing back.",
      tool: "questions",
    },
    {
      id: "communication.repeats",
      title: "Expect the same question again",
      detail:
        "A question asked twice usually means the answer hasn't settled yet, not that they are trying to catch you out.",
      tool: "questions",
    },
  ],
  forHurt: [
    {
      id: "communication.ask",
      title: "Ask what you need to know",
      detail:
        "Write down the questions that keep coming back and ask them at a pace you choose. Details that would only replay painful images can stay unasked.",
      tool: "questions",
    },
    {
      id: "communication.own_words",
      title: "Speak from your own experience",
      detail: "Saying what you feel and need usually gets through better than saying what they are.",
      tool: "talks",
    },
  ],
  forBoth: [
    {
      id: "communication.ground_rules",
      title: "Agree how you will talk",
      detail:
        "Pick a calm time and place, set a time limit, and agree that either of you can call a break when it gets too heated.",
      tool: "talks",
    },
    {
      id: "communication.reflect",
      title: "Say back what you heard",
      detail:
        "Before you answer, sum up what the other person said and check you got it right. Ask when something isn't clear.",
      tool: "talks",
    },
    {
      id: "communication.regular",
      title: "Talk little and often",
      detail:
        "Short, regular conversations, daily at first if you can, tend to go better than rare long ones.",
      tool: "talks",
    },
  ],
  whatToExpect: [
    "Some talks will go badly. Stopping for a break and coming back is a skill, not a failure.",
    "Questions can keep coming for months. That is normal.",
  ],
  evidence: {
    underWay: ["A talk has been held or paused, or a question has been asked."],
    complete: [
      "At least three talks have been held, no question is waiting past its agreed time, and the questions asked have started to get answers.",
    ],
  },
};

export const agreements: Phase = {
  id: "agreements",
  title: "Set boundaries and agreements",
  purpose:
    "Agree on what each of you needs in order to feel safe again, and on what happens if an agreement is broken.",
  forBrokeTrust: [
    {
      id: "agreements.respect",
      title: "Respect what they need",
      detail:
        "Their requests may ask you to change habits. Say yes where you can, and be honest where you can't.",
      tool: "agreements",
    },
    {
      id: "agreements.offer",
      title: "Propose what you will be open about",
      detail:
        "Suggest what you will share without being asked, such as plans, contacts and changes. Offering it yourself says more than agreeing under pressure.",
      tool: "agreements",
    },
  ],
  forHurt: [
    {
      id: "agreements.needs",
      title: "Say what you need to feel safe",
      detail:
        "Be clear about your limits and what you can't accept, and stay open to working out the details together.",
      tool: "agreements",
    },
  ],
  forBoth: [
    {
      id: "agreements.draft",
      title: "Write your agreements together",
      detail:
        "Cover what matters to you: how you'll stay in touch, what stays open, time together, contact with others. Decide together what happens if one is broken.",
      tool: "agreements",
    },
    {
      id: "agreements.review",
      title: "Review them regularly",
      detail: "Pick a date to look at your agreements again and change what isn't working.",
      tool: "agreements",
    },
    {
      id: "agreements.not_control",
      title: "Keep agreements about safety",
      detail:
        "An agreement should help both of you feel safer. If one starts to feel like being watched or controlled, bring it up and rework it.",
      tool: "agreements",
    },
  ],
  whatToExpect: [
    "Agreements usually need a few rounds of adjusting before they fit.",
    "A broken agreement hurts, and it also tells you something: it brings you back here to revise.",
  ],
  evidence: {
    underWay: ["An agreement has been proposed."],
    complete: [
      "At least one agreement is active.",
      "After an agreement is broken, an agreement needs to be renewed or revised.",
    ],
  },
};
