/**
 * The second demo pair: Jordan broke Casey's trust about seven months ago, and the two of them have
 * since done the work of the method, so their space is now in maintenance (keeping it up). Everything
 * happens through the real routes on the evening it is dated, which is what lets the maintenance page,
 * the journey map and the insights be seen as they look after a long repair.
 */
import type { SubmitCheckinBody } from "@mend/core/checkins/contract";
import {
  acknowledge,
  agree,
  appreciate,
  askAndAnswer,
  checkIn,
  type DemoPair,
  evening,
  holdTalk,
  logOpenness,
  makeWeeklyPromise,
  markPromise,
  shareImpact,
  spendTimeTogether,
  utcOffsetMinutes,
  weekdayOf,
} from "./scenes.ts";

export const keepingUpDays = 210;
/** The first evening of the weekly promise; every seventh evening after it is another Sunday talk. */
const promiseFromDaysAgo = 196;
const missedOccurrence = 119;

function weeklyCheckin(who: "brokeTrust" | "hurt", daysAgo: number): SubmitCheckinBody {
  const progress = (keepingUpDays - daysAgo) / keepingUpDays;
  const hurt = who === "hurt";
  const trustNow = Math.round(hurt ? 3 + 5 * progress : 6 + 2 * progress);
  const score = (low: number) => Math.min(10, Math.round(low + (8 - low) * progress));
  return {
    kind: "weekly",
    trustNow,
    utcOffsetMinutes,
    emotions:
      progress < 0.4
        ? { sadness: 3, anxiety: 3, hope: 1 }
        : progress < 0.75
          ? { hope: 2, calm: 2, anxiety: 2 }
          : { calm: 3, closeness: 3, gratitude: 2 },
    signs: progress < 0.4 && hurt ? ["checking", "questioning"] : [],
    need: hurt
      ? "Keep telling me about your week before I have to ask."
      : "Tell me when something brings it back.",
    sharing: { trustNow: true, emotions: true, signs: hurt, elements: true, need: true },
    elements: {
      honesty: score(hurt ? 2 : 6),
      reliability: score(hurt ? 3 : 6),
      respect: score(5),
      loyalty: score(hurt ? 3 : 7),
      empathy: score(5),
    },
  };
}

/** Everything that happens in the pair's space, oldest first. `pair.world` starts at the space's first evening. */
export async function tellKeepingUpStory(pair: DemoPair, now: Date): Promise<void> {
  const { world } = pair;
  const on = (daysAgo: number) => world.at(evening(now, daysAgo));

  let sundays = "";
  const opening: Record<number, () => Promise<void>> = {
    206: () =>
      shareImpact(pair, {
        happened: "For most of last year you told me you were working late when you were not.",
        felt: "Foolish, and then frightened that nothing you said was real.",
        need: "The whole story, once, and then time to believe the ordinary things again.",
      }),
    203: () =>
      acknowledge(
        pair,
        {
          whatIDid: "I lied to you for months about where I was in the evenings.",
          impact: "You stopped trusting your own sense of things, and you lost sleep over it for weeks.",
          responsibility: "It was my choice each time. Nothing you did made me do it.",
          change: "I tell you where I am, and we plan the week together every Sunday.",
          amends: "I will answer any question you ask, for as long as you need to ask them.",
        },
        { response: "heard", afterMinutes: 20 * 60 },
      ),
    197: async () => {
      await agree(
        pair,
        pair.hurt,
        pair.brokeTrust,
        {
          what: "We each say when plans change, before they change.",
          need: "To stop guessing about the evenings.",
          consequence: "We talk about it the same day, calmly.",
          topic: "time",
        },
        9,
      );
      sundays = await makeWeeklyPromise(pair, "Sunday evening we look at the week ahead together", [
        weekdayOf(evening(now, promiseFromDaysAgo)),
      ]);
    },
  };

  const talks: Record<number, Parameters<typeof holdTalk>[1]> = {
    190: {
      topic: "The evenings last year",
      proposedBy: "hurt",
      turns: [
        {
          by: "hurt",
          text: "I need to understand how the evenings were planned, so I can stop filling in the gaps myself.",
          heard: "You want the facts so your mind can stop inventing them.",
        },
        {
          by: "brokeTrust",
          text: "I understand why you need that. I was wrong, and I will answer every question you have.",
          heard: "You are willing to go through it with me, however long it takes.",
        },
      ],
      summary: "We went through the dates together. Casey may have more questions later, and that is fine.",
      finished: true,
    },
    175: {
      topic: "Phones and privacy",
      proposedBy: "brokeTrust",
      pauseAfterTurn: 0,
      turns: [
        {
          by: "hurt",
          text: "When your phone is face down I feel the old fear come back, even when I know it is nothing.",
          heard: "The phone being hidden brings back the fear, even on ordinary days.",
        },
        {
          by: "brokeTrust",
          text: "Thank you for telling me. I can leave it face up at home; it costs me nothing.",
          heard: "You are glad I said it, and you will leave it face up.",
        },
      ],
      summary: "Phones stay face up at home for now; we will see how it feels in a month.",
      finished: true,
    },
    160: {
      topic: "Seeing friends again",
      proposedBy: "hurt",
      turns: [
        {
          by: "hurt",
          text: "I would like to see our friends again without worrying what they know.",
          heard: "You miss our friends and worry about what they have heard.",
        },
      ],
      summary: "We will tell two close friends together, and nobody else for now.",
      finished: true,
    },
    92: {
      topic: "How the last three months felt",
      proposedBy: "brokeTrust",
      turns: [
        {
          by: "brokeTrust",
          text: "I appreciate how much you have let me back in. I notice it every week.",
          heard: "You see the effort I have made to let you in, and it matters to you.",
        },
        {
          by: "hurt",
          text: "Some weeks are still hard, and I am glad I can say so without a fight.",
          heard: "The hard weeks are still there, and saying so feels safe now.",
        },
      ],
      finished: true,
    },
  };

  const appreciations: Record<number, [from: "brokeTrust" | "hurt", text: string]> = {
    150: ["hurt", "Thank you for answering my question straight away last night."],
    140: ["brokeTrust", "Thank you for sitting with me on the hard talk on Sunday."],
    128: ["brokeTrust", "I loved hearing you laugh at dinner tonight."],
    121: ["hurt", "You remembered to text me when the train was late. Small, and it helped."],
    100: ["hurt", "Thank you for planning the walk."],
    88: ["brokeTrust", "You made our evening feel easy again."],
    30: ["hurt", "Thank you for the coffee in bed this morning."],
    9: ["brokeTrust", "I'm grateful for how patient you were with me this week."],
  };

  const timeTogether: Record<number, [ideaId: string, lines: { brokeTrust: string; hurt: string }]> = {
    110: ["talk_walk_and_talk", { brokeTrust: "It felt like us again.", hurt: "Easier than I expected." }],
    95: ["new_cook_unfamiliar", { brokeTrust: "We burnt the rice and laughed.", hurt: "I enjoyed that." }],
    80: [
      "talk_three_good_things",
      { brokeTrust: "I want to do this weekly.", hurt: "A gentle way to end a day." },
    ],
    65: ["new_board_game", { brokeTrust: "You won twice. Fair enough.", hurt: "Silly and lovely." }],
    40: ["talk_hopes_year", { brokeTrust: "Good to plan ahead together.", hurt: "I can picture next year." }],
  };

  for (let daysAgo = 206; daysAgo >= 1; daysAgo -= 1) {
    on(daysAgo);
    await opening[daysAgo]?.();
    const talk = talks[daysAgo];
    if (talk) await holdTalk(pair, talk);
    if (daysAgo === 185) {
      await askAndAnswer(
        pair,
        "Did anyone else know while it was happening?",
        "One colleague knew. I have stopped confiding in them, and I will tell you if they contact me.",
      );
    }
    if (daysAgo === 150)
      await logOpenness(pair, "Told Casey about lunch with an old colleague before it happened.");
    const appreciation = appreciations[daysAgo];
    if (appreciation) await appreciate(pair, ...appreciation);
    const outing = timeTogether[daysAgo];
    if (outing) await spendTimeTogether(pair, ...outing);
    if (daysAgo <= promiseFromDaysAgo && (promiseFromDaysAgo - daysAgo) % 7 === 0) {
      if (daysAgo === missedOccurrence) {
        await markPromise(pair, sundays, "missed", undefined, "Away for work; we did it on Monday instead.");
      } else {
        await markPromise(pair, sundays, "kept", "confirm");
      }
    }
    if (daysAgo <= 182 && daysAgo % 7 === 0) {
      await checkIn(pair, "hurt", weeklyCheckin("hurt", daysAgo));
      await checkIn(pair, "brokeTrust", weeklyCheckin("brokeTrust", daysAgo));
    }
    if (daysAgo === 58 || daysAgo === 27) {
      await pair.hurt.post(`/api/spaces/${pair.spaceId}/maintenance/reviews`);
    }
  }
}
