import type { Phase } from "./types.ts";

export const consistency: Phase = {
  id: "consistency",
  title: "Keep your word",
  purpose: "Let trust grow out of a record of small promises kept, week after week.",
  forBrokeTrust: [
    {
      id: "consistency.small_promises",
      title: "Make small promises you can keep",
      detail: "Start with small, specific commitments, and take on bigger ones as you keep them.",
      tool: "promises",
    },
    {
      id: "consistency.open_first",
      title: "Be open before you are asked",
      detail:
        "Mention plans and changes on your own initiative. When they ask for reassurance, give it without irritation.",
    },
    {
      id: "consistency.own_misses",
      title: "Own a missed promise straight away",
      detail: "If you miss one, tell them yourself before they notice.",
      tool: "promises",
    },
  ],
  forHurt: [
    {
      id: "consistency.confirm",
      title: "Say what you saw",
      detail:
        "Mark each promise as kept or missed the way you experienced it. Your honest view is what counts.",
      tool: "promises",
    },
    {
      id: "consistency.lower_guard",
      title: "Lower your guard at your own speed",
      detail:
        "As you watch them keep their word, you may find you check less often. There is no deadline for that.",
    },
  ],
  forBoth: [
    {
      id: "consistency.small_wins",
      title: "Notice small wins",
      detail: "Mark the promises kept and the good days. Progress counts, even when it is uneven.",
    },
  ],
  whatToExpect: [
    "For most people this is the longest stretch: it takes months.",
    "One missed promise can weigh more than many kept ones. That is how trust works, not a sign that it's hopeless.",
  ],
  evidence: {
    underWay: ["A promise has come due and been marked as kept or missed."],
    complete: [
      "Since the last setback, at least 10 promises have been kept over at least two months, and at least 4 in every 5 were kept.",
    ],
  },
};

export const forgiveness: Phase = {
  id: "forgiveness",
  title: "Forgive and let go",
  purpose:
    "Loosen the hold of resentment, at your own pace, if and when you choose. Forgiving happens inside you; it doesn't require staying together.",
  forBrokeTrust: [
    {
      id: "forgiveness.patience",
      title: "Give them time",
      detail: "Forgiveness can't be requested on a schedule. Keep showing up, and let them set the pace.",
    },
    {
      id: "forgiveness.self",
      title: "Work on forgiving yourself",
      detail:
        "Holding yourself accountable and being cruel to yourself are different things. You can do the first without the second.",
    },
  ],
  forHurt: [
    {
      id: "forgiveness.steps",
      title: "Take forgiveness one step at a time",
      detail:
        "Name the hurt, let yourself feel it, loosen your grip on the resentment, decide whether you want to forgive, and accept that neither of you is perfect.",
      tool: "forgiveness",
    },
    {
      id: "forgiveness.letter",
      title: "Write a letter you won't send",
      detail: "Pour everything you feel into a letter meant only for you, then decide what to do with it.",
      tool: "unsent_letter",
    },
    {
      id: "forgiveness.self_trust",
      title: "Trust your own judgment again",
      detail: "Betrayal can make you doubt yourself. Notice the times your instincts turned out to be right.",
    },
  ],
  forBoth: [
    {
      id: "forgiveness.care",
      title: "Look after yourself",
      detail: "Sleep, movement, quiet moments and supportive people all make letting go easier.",
    },
  ],
  whatToExpect: [
    "Forgiveness usually comes in layers, and old feelings can return now and then.",
    "You can forgive and still decide to part. Forgiving and being close again are separate choices.",
  ],
  evidence: {
    underWay: ["The person who was hurt has shared a step of their forgiveness."],
    complete: [
      "The person who was hurt has shared that they choose to forgive.",
      "If something new comes to light later, this may need another look.",
    ],
  },
};

export const closeness: Phase = {
  id: "closeness",
  title: "Rebuild closeness",
  purpose:
    "Grow emotional closeness first, through appreciation and time together. Physical closeness can follow, in small steps and never under pressure.",
  forBrokeTrust: [
    {
      id: "closeness.follow_lead",
      title: "Let them set the pace",
      detail:
        "Follow their lead on how close to come, in words and in touch. Patience here is one more way of showing change.",
      tool: "closeness_ladder",
    },
  ],
  forHurt: [
    {
      id: "closeness.own_pace",
      title: "Choose steps that feel safe",
      detail:
        "Pick the next step yourself, and stop or step back whenever you need. Saying no is always allowed.",
      tool: "closeness_ladder",
    },
  ],
  forBoth: [
    {
      id: "closeness.appreciate",
      title: "Say what you appreciate",
      detail: "Tell each other about small things you noticed and valued.",
      tool: "appreciations",
    },
    {
      id: "closeness.time",
      title: "Spend time together on purpose",
      detail: "Plan time just for the two of you: a walk, a meal, something neither of you has tried.",
      tool: "time_together",
    },
    {
      id: "closeness.share",
      title: "Share what is going on inside",
      detail: "Talk about hopes and worries, not only about schedules and chores.",
    },
  ],
  whatToExpect: [
    "Closeness tends to come back unevenly: a warm week can be followed by a distant one.",
    "Physical closeness can take much longer to return than feeling close, and that's all right.",
  ],
  evidence: {
    underWay: ["An appreciation has been shared, or time together has been recorded."],
    complete: [
      "Each of you has shared at least 3 appreciations, and you've spent time together at least 4 times over a month or more.",
    ],
  },
};

export const maintain: Phase = {
  id: "maintain",
  title: "Keep it going",
  purpose:
    "Look after what you've rebuilt: regular check-ins, continued openness, and early attention to problems.",
  forBrokeTrust: [
    {
      id: "maintain.stay_open",
      title: "Stay open",
      detail: "Keep offering the openness you agreed on, even once it starts to feel unnecessary.",
    },
  ],
  forHurt: [
    {
      id: "maintain.look_back",
      title: "Notice how far you've come",
      detail: "Look back at where you started. Trusting again at your own pace is an achievement too.",
    },
  ],
  forBoth: [
    {
      id: "maintain.checkins",
      title: "Hold regular check-ins",
      detail: "Set a recurring time to ask each other how things are between you.",
      tool: "checkins",
    },
    {
      id: "maintain.raise_early",
      title: "Raise worries while they're small",
      detail: "Bringing something up early is part of keeping trust healthy, not a step backwards.",
      tool: "checkins",
    },
    {
      id: "maintain.patterns",
      title: "Look at what led here",
      detail:
        "Talk about the habits and pressures that made the breach possible, so you can both spot them sooner next time.",
      tool: "talks",
    },
  ],
  whatToExpect: [
    "Old hurts can resurface years later, around anniversaries or under stress. Talking early keeps them small.",
    "There is no finish line here; this is how you keep going.",
  ],
  evidence: {
    underWay: ["A check-in has been held."],
    complete: [
      "Since the last setback, at least 6 check-ins have been held over three months or more, with no gap longer than two months.",
    ],
  },
};
