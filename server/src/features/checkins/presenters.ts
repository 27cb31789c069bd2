import type { ChosenRhythm } from "@mend/core/checkins/cadence";
import type { CheckinAuthorViewJson, CheckinSharedViewJson } from "@mend/core/checkins/contract";
import { presentOwnCheckin, presentSharedCheckin, sharesSomething } from "@mend/core/checkins/present";
import type { Checkin } from "@mend/core/checkins/schema";
import type { CheckinRow } from "./repo.ts";

/** A check-in as the domain knows it, plus the author's offset from UTC for calendar days. */
export type StoredCheckin = Checkin & { utcOffsetMinutes: number };

/** `authorId` is the membership id, so nothing in a space's data names an account. */
export function checkinFromRow(row: CheckinRow): StoredCheckin {
  const base = {
    id: row.id,
    authorId: row.memberId,
    submittedAt: row.submittedAt,
    utcOffsetMinutes: row.utcOffsetMinutes,
    trustNow: row.trustNow,
    emotions: row.emotions,
    signs: row.signs,
    sharing: row.sharing,
    ...(row.need === null ? {} : { need: row.need }),
    ...(row.sealedNote === null ? {} : { sealedNote: row.sealedNote }),
    ...(row.privateNote === null ? {} : { plainNote: row.privateNote }),
    ...(row.safety === null ? {} : { safety: row.safety }),
  };
  if (row.kind === "weekly") {
    if (row.elements === null) throw new Error(`weekly check-in ${row.id} has no element ratings`);
    return { ...base, kind: "weekly", elements: row.elements };
  }
  return { ...base, kind: "daily" };
}

/** The author's own view (the core presenter decides what it holds); only dates change form. */
export function presentOwn(checkin: Checkin): CheckinAuthorViewJson {
  const view = presentOwnCheckin(checkin);
  return { ...view, submittedAt: view.submittedAt.toISOString() };
}

/**
 * The other person's check-ins as they shared them. Built only from the core shared view, so a private
 * note or a safety answer cannot change a byte; check-ins that share nothing are left out entirely,
 * so their timing does not become a record of someone's habits.
 */
export function presentTheirs(checkins: readonly Checkin[]): CheckinSharedViewJson[] {
  return checkins
    .map(presentSharedCheckin)
    .filter(sharesSomething)
    .map((view) => ({ ...view, submittedAt: view.submittedAt.toISOString() }));
}

/**
 * One quiet line for the home page. It only ever speaks of today: never of days that were missed,
 * so stepping away for a while never turns into something to apologize for.
 */
export function dueReminder(
  due: { daily: boolean; weekly: boolean },
  firstTime: boolean,
  rhythm: ChosenRhythm,
): string | null {
  if (rhythm === "off") return null;
  if (firstTime) {
    return "Whenever you're ready, a first check-in takes under a minute. Nothing in it is shared unless you switch it on.";
  }
  if (due.weekly)
    return "Your weekly check-in is open: about five minutes, and it counts as today's check-in too.";
  if (due.daily) return "A short check-in for today is here when you want it. It takes under a minute.";
  return null;
}

/** The home page's line while nothing is due, so that it never claims a check-in that was not made. */
export function nothingDueLine(rhythm: ChosenRhythm): string {
  if (rhythm === "off") return "You chose no set rhythm: check in whenever it helps.";
  if (rhythm === "weekly") {
    return "Your weekly check-in is done; the next one opens a week after it. You can add one whenever it helps.";
  }
  return "You've checked in today; there's nothing else to do. You can add another whenever it helps.";
}
