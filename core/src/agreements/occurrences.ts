import { latestYear } from "../date-input.ts";
import { dayMs, parseWallTime, startOfLocalDay } from "./local-time.ts";
import {
  type Occurrence,
  occurrenceAt,
  occurrencesBetween,
  type PromiseSchedule,
  scheduleStart,
} from "./schedule.ts";

const hourMs = 3_600_000;

/** How long after its due time an occurrence can still be marked, unless the maker chose otherwise. */
export const defaultGraceHours = 12;
export const maxGraceHours = 48;

/** Everything about a promise's timing that decides its occurrences and their windows. */
export interface PromiseTiming {
  schedule: PromiseSchedule;
  timeZone: string;
  graceHours: number;
  createdAt: Date;
  /** The maker stopped the promise; nothing falls due after this... */
  endedAt?: Date | undefined;
  /** ...except occurrences the maker had already marked (kept early, say), which stay on record. */
  markedKeys?: ReadonlySet<string> | undefined;
}

/**
 * When an occurrence can be marked: from the start of its local day (or from when a one-off promise
 * was made, so it can be kept early) until `graceHours` after it was due.
 */
export interface OccurrenceWindow extends Occurrence {
  opensAt: Date;
  closesAt: Date;
}

function windowOf(timing: PromiseTiming, occurrence: Occurrence): OccurrenceWindow {
  const wall = parseWallTime(occurrence.key);
  const dayStart =
    wall && timing.schedule.kind !== "once" ? startOfLocalDay(wall, timing.timeZone) : timing.createdAt;
  const opensAt = new Date(Math.max(dayStart.getTime(), timing.createdAt.getTime()));
  return {
    ...occurrence,
    opensAt,
    closesAt: new Date(occurrence.dueAt.getTime() + timing.graceHours * hourMs),
  };
}

/** Only what falls due after the promise was made, and before it was ended (or was marked), belongs to it. */
const belongs = (timing: PromiseTiming, occurrence: Occurrence) =>
  occurrence.dueAt.getTime() > timing.createdAt.getTime() &&
  (timing.endedAt === undefined ||
    occurrence.dueAt.getTime() <= timing.endedAt.getTime() ||
    timing.markedKeys?.has(occurrence.key) === true);

/** The promise's occurrences due in `[from, to)`, with their windows, oldest first. */
export function windowsBetween(timing: PromiseTiming, from: Date, to: Date): OccurrenceWindow[] {
  return occurrencesBetween(timing.schedule, timing.timeZone, from, to)
    .filter((o) => belongs(timing, o))
    .map((o) => windowOf(timing, o));
}

interface Walked {
  /** The walk covers occurrences due before this moment (ms). */
  until: number;
  windows: readonly OccurrenceWindow[];
}

/** How many promises' walks are kept; one past this, the least recently used is forgotten. */
const walksKept = 200;
const walks = new Map<string, Walked>();

/**
 * The windows of every occurrence due from when the promise was made until `until`, whether or not
 * it was ended since. Its schedule, zone, grace and start never change, so the walk is kept and goes
 * on from where it stopped as time passes: on a long history, working out each occurrence's local
 * times anew on every reading cost most of a promise page. Occurrences due in [a, b) and [b, c)
 * are those due in [a, c), so the kept walk is exactly the one done from scratch.
 */
function walkFromStart(timing: PromiseTiming, until: Date): readonly OccurrenceWindow[] {
  const key = JSON.stringify([
    timing.schedule,
    timing.timeZone,
    timing.graceHours,
    timing.createdAt.getTime(),
  ]);
  let walked = walks.get(key) ?? { until: timing.createdAt.getTime(), windows: [] };
  walks.delete(key);
  if (until.getTime() > walked.until) {
    const more = occurrencesBetween(timing.schedule, timing.timeZone, new Date(walked.until), until)
      .filter((o) => o.dueAt.getTime() > timing.createdAt.getTime())
      .map((o) => windowOf(timing, o));
    walked = { until: until.getTime(), windows: [...walked.windows, ...more] };
  }
  walks.set(key, walked);
  if (walks.size > walksKept) walks.delete(walks.keys().next().value as string);
  return walked.windows;
}

/** Every occurrence whose window has opened by `now`, oldest first: the ones that can count. */
export function windowsUpTo(timing: PromiseTiming, now: Date): OccurrenceWindow[] {
  // A one-off opens when it is made, however far ahead it is due; a repeating one opens on its own
  // local day, so two days past `now` is enough margin.
  const horizon =
    timing.schedule.kind === "once"
      ? new Date(Date.UTC(latestYear + 1, 0, 1))
      : new Date(now.getTime() + 48 * hourMs);
  // Walked a day further than asked, so readings through the day carry on without walking again.
  const walkTo = new Date((Math.floor(horizon.getTime() / dayMs) + 2) * dayMs);
  return walkFromStart(timing, walkTo).filter(
    (w) =>
      w.dueAt.getTime() < horizon.getTime() && belongs(timing, w) && w.opensAt.getTime() <= now.getTime(),
  );
}

/**
 * Occurrences whose window has not closed at `now`, oldest first, over the next few weeks (from
 * `now`, or from the schedule's first day when that is later). Every schedule falls due at least
 * every 30 days, so the first one, when there is one, is always in the list.
 */
export function comingWindows(timing: PromiseTiming, now: Date): OccurrenceWindow[] {
  const firstDay = startOfLocalDay(scheduleStart(timing.schedule), timing.timeZone).getTime() - dayMs;
  const from = Math.max(now.getTime() - timing.graceHours * hourMs, firstDay);
  return windowsBetween(timing, new Date(from), new Date(from + 40 * dayMs)).filter(
    (w) => w.closesAt.getTime() > now.getTime(),
  );
}

export function windowAt(timing: PromiseTiming, key: string): OccurrenceWindow | undefined {
  const occurrence = occurrenceAt(timing.schedule, timing.timeZone, key);
  return occurrence && belongs(timing, occurrence) ? windowOf(timing, occurrence) : undefined;
}

export type MarkOutcome = "kept" | "missed";
export type Confirmation = "confirmed" | "disputed";

/** What the maker said about one occurrence, with the other person's latest answer. */
export interface MarkFacts {
  outcome: MarkOutcome;
  at: Date;
  response?: { response: Confirmation; at: Date } | undefined;
}

export const occurrenceStatuses = ["upcoming", "open", "kept", "missed"] as const;
export type OccurrenceStatus = (typeof occurrenceStatuses)[number];

export interface OccurrenceState {
  status: OccurrenceStatus;
  /** For a missed occurrence: whether the maker said so themselves, or the window closed unmarked. */
  missed?: "self_reported" | "unmarked";
  /** For a kept occurrence: the other person's answer, or "awaiting" until they give one. */
  confirmation?: Confirmation | "awaiting";
}

/** Derived from `now`: an occurrence left unmarked when its window closes counts as missed. */
export function occurrenceState(
  window: OccurrenceWindow,
  mark: MarkFacts | undefined,
  now: Date,
): OccurrenceState {
  if (mark?.outcome === "kept")
    return { status: "kept", confirmation: mark.response?.response ?? "awaiting" };
  if (mark?.outcome === "missed") return { status: "missed", missed: "self_reported" };
  if (now.getTime() >= window.closesAt.getTime()) return { status: "missed", missed: "unmarked" };
  if (now.getTime() >= window.opensAt.getTime()) return { status: "open" };
  return { status: "upcoming" };
}

export type MarkRefusal = "not_open_yet" | "closed" | "already_marked";

export function markRefusal(
  window: OccurrenceWindow,
  existing: MarkFacts | undefined,
  now: Date,
): MarkRefusal | undefined {
  if (existing) return "already_marked";
  if (now.getTime() < window.opensAt.getTime()) return "not_open_yet";
  if (now.getTime() >= window.closesAt.getTime()) return "closed";
  return undefined;
}

/** The moment a missed occurrence became missed: when the maker said so, or when its window closed. */
export function missedAt(window: OccurrenceWindow, mark: MarkFacts | undefined): Date {
  return mark?.outcome === "missed" ? mark.at : window.closesAt;
}
