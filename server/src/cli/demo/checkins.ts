/**
 * Sixty days of check-ins for the demo space, made through the check-in service with each day's own
 * clock. The story: Alex lied and broke promises; Sam was hurt. Sam's trust climbs slowly from very
 * low, drops for a week when an old lie comes to light, then recovers; Alex's worry turns to hope.
 * Each person shares some parts and keeps others, and some days are simply skipped. No private notes:
 * a note is sealed with its writer's vault key, which a demo account only gets in the browser, on its
 * first sign-in there.
 */
import type { SubmitCheckinBody } from "@mend/core/checkins/contract";
import { submitCheckinBody } from "@mend/core/checkins/contract";
import type { TrustSign } from "@mend/core/checkins/fields";
import type { EmotionIntensities } from "@mend/core/checkins/schema";
import type { Database } from "../../db/database.ts";
import { checkinsRepo } from "../../features/checkins/repo.ts";
import { checkinsService } from "../../features/checkins/service.ts";

export const historyDays = 60;
const dayMs = 86_400_000;
/** Both demo people live an hour ahead of UTC and check in around half past eight in the evening. */
const utcOffsetMinutes = 60;
const eveningUtc = (19 * 60 + 30) * 60_000;

/** Days ago when the setback lands: eleven hard days, so at least one whole calendar week dips. */
const setbackDays = { from: 26, to: 16 } as const;
const weeklyDaysAgo = [56, 49, 42, 35, 28, 21, 14, 7];

/** A small, repeatable wobble so the lines look lived in rather than drawn with a ruler. */
const wobble = (daysAgo: number) => [0, 1, -1, 0, 1, 0, -1][daysAgo % 7] ?? 0;
const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, Math.round(value)));

function inSetback(daysAgo: number): boolean {
  return daysAgo <= setbackDays.from && daysAgo >= setbackDays.to;
}

const samNeeds = [
  "Tell me when plans change, before they change.",
  "Ten minutes after dinner with our phones in the other room.",
  "Answer my question about that weekend without sighing first.",
  "Leave your phone face up on the table tonight.",
  "A message at lunch, even just one line.",
];

function samEmotions(daysAgo: number, progress: number): EmotionIntensities {
  if (inSetback(daysAgo)) return { anger: 4, sadness: 4, fear: 3, confusion: 2 };
  if (progress < 0.35) return { anger: clamp(4 + wobble(daysAgo), 3, 5), sadness: 4, anxiety: 4 };
  if (progress < 0.7) return { sadness: 2, anxiety: 3, hope: 2, anger: clamp(2 + wobble(daysAgo), 1, 3) };
  return { hope: 3, calm: clamp(3 + wobble(daysAgo), 2, 4), anxiety: 2, closeness: 2 };
}

function samSigns(daysAgo: number, progress: number): TrustSign[] {
  if (inSetback(daysAgo)) return ["checking", "cant_let_go", "doubting_words"];
  if (progress < 0.35) return ["checking", "questioning", "doubting_words"];
  if (progress < 0.7) return daysAgo % 2 === 0 ? ["checking"] : ["questioning"];
  return daysAgo % 3 === 0 ? ["hard_to_open_up"] : [];
}

function samCheckin(daysAgo: number): SubmitCheckinBody | undefined {
  const weekly = weeklyDaysAgo.includes(daysAgo);
  // Sam skips some days, and the whole history is still fine: nothing here counts misses.
  if (!weekly && (daysAgo % 9 === 4 || daysAgo === 33)) return undefined;
  const progress = (historyDays - daysAgo) / (historyDays - 1);
  const trustNow = clamp(2 + 4.5 * progress + wobble(daysAgo) - (inSetback(daysAgo) ? 3.5 : 0), 0, 10);
  const common = {
    trustNow,
    utcOffsetMinutes,
    emotions: samEmotions(daysAgo, progress),
    signs: samSigns(daysAgo, progress),
    need: weekly || daysAgo % 4 === 0 ? samNeeds[daysAgo % samNeeds.length] : undefined,
    sharing: {
      trustNow: daysAgo % 3 !== 0,
      emotions: daysAgo % 3 !== 0,
      signs: weekly,
      elements: weekly,
      need: true,
    },
  };
  if (!weekly) return { kind: "daily", ...common };
  const setback = inSetback(daysAgo) ? 2 : 0;
  return {
    kind: "weekly",
    ...common,
    elements: {
      honesty: clamp(1 + 4 * progress - setback, 0, 10),
      reliability: clamp(2 + 5 * progress, 0, 10),
      respect: clamp(4 + 3 * progress, 0, 10),
      loyalty: clamp(2 + 4 * progress - setback, 0, 10),
      empathy: clamp(3 + 4 * progress, 0, 10),
    },
    safety: { feelSafe: "yes", pressured: false },
  };
}

function alexEmotions(daysAgo: number, progress: number): EmotionIntensities {
  if (inSetback(daysAgo)) return { fear: 4, sadness: 3, low_self_worth: 3 };
  if (progress < 0.35) return { sadness: 4, anxiety: 4, low_self_worth: 3, fear: 3 };
  if (progress < 0.7) return { anxiety: 3, hope: 2, sadness: 2 };
  return { hope: 3, closeness: clamp(2 + wobble(daysAgo), 1, 4), gratitude: 2, anxiety: 1 };
}

function alexCheckin(daysAgo: number): SubmitCheckinBody | undefined {
  // Two early gaps, then every day: Alex's month-long streak shows up as a milestone.
  if (daysAgo === 52 || daysAgo === 45) return undefined;
  const progress = (historyDays - daysAgo) / (historyDays - 1);
  const trustNow = clamp(5 + 2.5 * progress + wobble(daysAgo) / 2 - (inSetback(daysAgo) ? 2 : 0), 0, 10);
  const weekly = weeklyDaysAgo.includes(daysAgo);
  const common = {
    trustNow,
    utcOffsetMinutes,
    emotions: alexEmotions(daysAgo, progress),
    signs: progress < 0.35 && daysAgo % 2 === 0 ? (["hard_to_open_up"] as TrustSign[]) : [],
    need: weekly ? "Tell me when something I do brings it back, so I can understand." : undefined,
    sharing: { trustNow: weekly, emotions: true, signs: false, elements: false, need: true },
  };
  if (!weekly) return { kind: "daily", ...common };
  return {
    kind: "weekly",
    ...common,
    elements: {
      honesty: clamp(6 + 2 * progress, 0, 10),
      reliability: clamp(5 + 2 * progress, 0, 10),
      respect: clamp(6 + 2 * progress, 0, 10),
      loyalty: clamp(7 + progress, 0, 10),
      empathy: clamp(5 + 3 * progress, 0, 10),
    },
  };
}

export interface DemoCheckin {
  who: "brokeTrust" | "hurt";
  at: Date;
  body: SubmitCheckinBody;
}

/** The whole history as data: one evening per day for the sixty days before `now`'s day. */
export function demoCheckins(now: Date): DemoCheckin[] {
  const today = Math.floor((now.getTime() + utcOffsetMinutes * 60_000) / dayMs);
  const history: DemoCheckin[] = [];
  for (let daysAgo = historyDays; daysAgo >= 1; daysAgo -= 1) {
    const at = new Date((today - daysAgo) * dayMs + eveningUtc);
    const hurt = samCheckin(daysAgo);
    if (hurt !== undefined) history.push({ who: "hurt", at, body: hurt });
    const brokeTrust = alexCheckin(daysAgo);
    if (brokeTrust !== undefined) history.push({ who: "brokeTrust", at, body: brokeTrust });
  }
  return history;
}

/**
 * Seeds the history once: if the space has any check-ins already, nothing is added. Each check-in
 * goes through the check-in service with a clock set to its own evening; today is left open for the
 * person trying the demo.
 */
export async function seedCheckinHistory(
  db: Database,
  spaceId: string,
  people: { brokeTrust: string; hurt: string },
  now: Date,
): Promise<number> {
  if ((await checkinsRepo(db).inSpace(spaceId)).length > 0) return 0;
  const history = demoCheckins(now);
  for (const { who, at, body } of history) {
    await checkinsService({ db, clock: () => at }).submit(
      people[who],
      spaceId,
      submitCheckinBody.parse(body),
    );
  }
  return history.length;
}
