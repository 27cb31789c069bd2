import { dayNumber } from "@mend/core/checkins/cadence";
import { type Emotion, emotionLabels, emotions, hopefulEmotions } from "@mend/core/checkins/fields";
import type { EmotionIntensities } from "@mend/core/checkins/schema";
import type { EmotionsMap } from "@mend/core/insights/contract";
import { plural } from "@mend/core/plural";
import { localDate, mondayOf, oneDecimal } from "./calendar.ts";

/** What the heat map reads: an own check-in, or another person's shared view (emotions absent if unshared). */
export interface FeelingCheckin {
  submittedAt: Date;
  emotions?: EmotionIntensities;
}

/** The summary looks at the most recent weeks, so it describes now rather than the whole history. */
export const summaryWeeks = 4;

type Week = EmotionsMap["weeks"][number];

function weekOf(monday: number, checkins: readonly FeelingCheckin[], utcOffsetMinutes: number): Week {
  const notes = new Map<Emotion, { days: Set<number>; total: number; count: number; strongest: number }>();
  for (const checkin of checkins) {
    const day = dayNumber(checkin.submittedAt, utcOffsetMinutes);
    for (const emotion of emotions) {
      const intensity = checkin.emotions?.[emotion];
      if (intensity === undefined) continue;
      const note = notes.get(emotion) ?? { days: new Set<number>(), total: 0, count: 0, strongest: 0 };
      note.days.add(day);
      note.total += intensity;
      note.count += 1;
      note.strongest = Math.max(note.strongest, intensity);
      notes.set(emotion, note);
    }
  }
  const cells: Week["emotions"] = {};
  for (const emotion of emotions) {
    const note = notes.get(emotion);
    if (note === undefined) continue;
    cells[emotion] = {
      days: note.days.size,
      average: oneDecimal(note.total / note.count),
      strongest: note.strongest,
    };
  }
  return { weekOf: localDate(monday), checkins: checkins.length, emotions: cells };
}

function summaryOf(
  weeks: readonly Week[],
  recentNotes: readonly FeelingCheckin[],
  whose: "you" | "them",
  utcOffsetMinutes: number,
  otherName: string,
): string {
  const days = new Map<Emotion, number>();
  for (const week of weeks.slice(-summaryWeeks)) {
    for (const emotion of emotions) {
      const cell = week.emotions[emotion];
      if (cell !== undefined) days.set(emotion, (days.get(emotion) ?? 0) + cell.days);
    }
  }
  if (days.size === 0) {
    return whose === "you"
      ? "No feelings noted in the last four weeks. Feelings you note in check-ins will fill this chart."
      : `${otherName} has not shared any feelings in the last four weeks. Whether to share them is their choice.`;
  }
  const [top, topDays] = [...days].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const hopefulDays = new Set(
    recentNotes
      .filter((checkin) => hopefulEmotions.some((emotion) => checkin.emotions?.[emotion] !== undefined))
      .map((checkin) => dayNumber(checkin.submittedAt, utcOffsetMinutes)),
  ).size;
  const who = whose === "you" ? "you noted" : `${otherName} shared`;
  const hope =
    hopefulDays === 0
      ? " No hopeful feelings were noted in that time."
      : ` A hopeful feeling, such as hope or calm, was there on ${plural(hopefulDays, "day")}.`;
  return `In the last four weeks, the feeling ${who} most often was ${emotionLabels[top].toLowerCase()} (on ${plural(topDays, "day")}).${hope}`;
}

/** One row per week of the range, each cell a feeling's days, mean strength and peak. */
export function emotionsMap(
  checkins: readonly FeelingCheckin[],
  whose: "you" | "them",
  mondays: readonly number[],
  utcOffsetMinutes: number,
  otherName: string,
): EmotionsMap {
  const noted = checkins.filter((checkin) => checkin.emotions !== undefined);
  const weeks = mondays.map((monday) =>
    weekOf(
      monday,
      noted.filter((checkin) => mondayOf(checkin.submittedAt, utcOffsetMinutes) === monday),
      utcOffsetMinutes,
    ),
  );
  const recentMondays = new Set(mondays.slice(-summaryWeeks));
  const recentNotes = noted.filter((checkin) =>
    recentMondays.has(mondayOf(checkin.submittedAt, utcOffsetMinutes)),
  );
  return { whose, weeks, summary: summaryOf(weeks, recentNotes, whose, utcOffsetMinutes, otherName) };
}
