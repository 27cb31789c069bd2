import type { MemberId } from "../method/facts.ts";
import { type BreakSuggestion, earlyStartMinutes, minBreakMinutes, type ReflectionRating } from "./rules.ts";

/**
 * Everything that happens to a talk, as an append-only list of entries. The talk's state is never
 * stored: it is folded from the entries, so history and state cannot disagree.
 */
interface EntryBase {
  id: string;
  by: MemberId;
  at: Date;
}

export type TalkEntry =
  | (EntryBase & { kind: "time_proposed" /** Null means "now". */; startsAt: Date | null })
  | (EntryBase & { kind: "accepted" | "started" | "resumed" | "cancelled" })
  | (EntryBase & { kind: "paused"; returnAt: Date; suggestion: BreakSuggestion | null })
  | (EntryBase & { kind: "ended"; finished: boolean })
  | (EntryBase & { kind: "point" | "summary"; text: string })
  | (EntryBase & { kind: "reflection"; turnId: string; text: string })
  | (EntryBase & { kind: "rating"; turnId: string; rating: ReflectionRating });
export type TalkEntryKind = TalkEntry["kind"];

export const talkStatuses = ["proposed", "scheduled", "running", "on_break", "ended", "cancelled"] as const;
export type TalkStatus = (typeof talkStatuses)[number];

export interface TalkParties {
  proposerId: MemberId;
  partnerId: MemberId;
  limitMinutes: number;
}

export interface ListenerAttempt {
  id: string;
  text: string;
  at: Date;
  rating: ReflectionRating | null;
  ratedAt: Date | null;
}

export type TurnStatus = "awaiting_reflection" | "awaiting_rating" | "done";

export interface Turn {
  id: string;
  speaker: MemberId;
  point: string;
  at: Date;
  attempts: ListenerAttempt[];
  status: TurnStatus;
}

export interface TalkSession {
  startedAt: Date;
  /** Time on the clock before `runningSince`; breaks don't count. */
  usedMs: number;
  /** Null while on a break or after the end. */
  runningSince: Date | null;
}

export interface TalkState {
  status: TalkStatus;
  /** The time proposal waiting for the other person's yes. */
  proposal: { by: MemberId; startsAt: Date | null; at: Date } | null;
  /** The agreed start while scheduled; null means "as soon as one of us presses start". */
  scheduledFor: Date | null;
  /** The current sitting; a reschedule after a break starts a fresh one with the full time. */
  session: TalkSession | null;
  pause: { by: MemberId; at: Date; returnAt: Date; suggestion: BreakSuggestion | null } | null;
  turns: Turn[];
  summaries: { id: string; by: MemberId; text: string; at: Date }[];
  firstStartedAt: Date | null;
  pauses: Date[];
  endedAt: Date | null;
  /** How the talk finished: "ended_early" when stopped before the topic was done, or cancelled after starting. */
  outcome: "completed" | "ended_early" | null;
}

const emptyState = (): TalkState => ({
  status: "proposed",
  proposal: null,
  scheduledFor: null,
  session: null,
  pause: null,
  turns: [],
  summaries: [],
  firstStartedAt: null,
  pauses: [],
  endedAt: null,
  outcome: null,
});

function stopClock(session: TalkSession | null, at: Date): void {
  if (!session?.runningSince) return;
  session.usedMs += Math.max(0, at.getTime() - session.runningSince.getTime());
  session.runningSince = null;
}

function applyTurnEntry(state: TalkState, entry: TalkEntry): void {
  if (entry.kind === "point") {
    state.turns.push({
      id: entry.id,
      speaker: entry.by,
      point: entry.text,
      at: entry.at,
      attempts: [],
      status: "awaiting_reflection",
    });
    return;
  }
  if (entry.kind !== "reflection" && entry.kind !== "rating") return;
  const turn = state.turns.find((t) => t.id === entry.turnId);
  if (!turn) return;
  if (entry.kind === "reflection") {
    turn.attempts.push({ id: entry.id, text: entry.text, at: entry.at, rating: null, ratedAt: null });
    turn.status = "awaiting_rating";
    return;
  }
  const attempt = turn.attempts.at(-1);
  if (!attempt) return;
  attempt.rating = entry.rating;
  attempt.ratedAt = entry.at;
  turn.status = entry.rating === "thats_it" ? "done" : "awaiting_reflection";
}

/** Folds the entries, oldest first, into where the talk stands. */
export function talkState(entries: readonly TalkEntry[]): TalkState {
  const state = emptyState();
  for (const entry of entries) {
    switch (entry.kind) {
      case "time_proposed":
        // During a break, a new time means the rest of the talk happens later, with a fresh clock.
        if (state.status === "on_break") {
          state.session = null;
          state.pause = null;
        }
        state.proposal = { by: entry.by, startsAt: entry.startsAt, at: entry.at };
        state.status = "proposed";
        break;
      case "accepted":
        state.scheduledFor = state.proposal?.startsAt ?? null;
        state.proposal = null;
        state.status = "scheduled";
        break;
      case "started":
        state.session = { startedAt: entry.at, usedMs: 0, runningSince: entry.at };
        state.firstStartedAt ??= entry.at;
        state.status = "running";
        break;
      case "paused":
        stopClock(state.session, entry.at);
        state.pause = { by: entry.by, at: entry.at, returnAt: entry.returnAt, suggestion: entry.suggestion };
        state.pauses.push(entry.at);
        state.status = "on_break";
        break;
      case "resumed":
        if (state.session) state.session.runningSince = entry.at;
        state.pause = null;
        state.status = "running";
        break;
      case "ended":
        stopClock(state.session, entry.at);
        state.pause = null;
        state.status = "ended";
        state.endedAt = entry.at;
        state.outcome = entry.finished ? "completed" : "ended_early";
        break;
      case "cancelled":
        state.proposal = null;
        state.status = "cancelled";
        state.endedAt = entry.at;
        state.outcome = state.firstStartedAt ? "ended_early" : null;
        break;
      case "summary":
        state.summaries.push({ id: entry.id, by: entry.by, text: entry.text, at: entry.at });
        break;
      default:
        applyTurnEntry(state, entry);
    }
  }
  return state;
}

export interface TalkTimer {
  startedAt: Date;
  limitMs: number;
  usedMs: number;
  remainingMs: number;
  /** Null while the clock is stopped (on a break, or after the end). */
  runningSince: Date | null;
  /** When the limit is reached if the clock keeps running; null while it is stopped. */
  endsAt: Date | null;
  timeUp: boolean;
}

/** The shared timer at `now`; clients count down from `endsAt` (or show `remainingMs` while stopped). */
export function talkTimer(state: TalkState, limitMinutes: number, now: Date): TalkTimer | null {
  const session = state.session;
  if (!session) return null;
  const limitMs = limitMinutes * 60_000;
  const running = session.runningSince ? Math.max(0, now.getTime() - session.runningSince.getTime()) : 0;
  const usedMs = session.usedMs + running;
  return {
    startedAt: session.startedAt,
    limitMs,
    usedMs,
    remainingMs: Math.max(0, limitMs - usedMs),
    runningSince: session.runningSince,
    endsAt: session.runningSince ? new Date(session.runningSince.getTime() + limitMs - session.usedMs) : null,
    timeUp: usedMs >= limitMs,
  };
}

/** The turn still in progress, if any: at most one is open at a time. */
export function openTurn(state: TalkState): Turn | undefined {
  const last = state.turns.at(-1);
  return last && last.status !== "done" ? last : undefined;
}

export const talkActions = [
  "accept",
  "proposeTime",
  "cancel",
  "start",
  "pause",
  "resume",
  "end",
  "speak",
  "reflect",
  "rate",
  "summarize",
  "writeReflection",
] as const;
export type TalkAction = (typeof talkActions)[number];

/** When `viewer` may press Resume: the person who paused after the minimum break, the other at the agreed return time. */
export function resumableFrom(state: TalkState, viewer: MemberId): Date | null {
  if (!state.pause) return null;
  return viewer === state.pause.by
    ? new Date(state.pause.at.getTime() + minBreakMinutes * 60_000)
    : state.pause.returnAt;
}

/** What `viewer` may do now. Only the two people in the talk may do anything. */
export function allowedTalkActions(
  parties: TalkParties,
  state: TalkState,
  viewer: MemberId,
  now: Date,
): Record<TalkAction, boolean> {
  const inTalk = viewer === parties.proposerId || viewer === parties.partnerId;
  const { status } = state;
  const turn = openTurn(state);
  const running = inTalk && status === "running";
  const startFrom = state.scheduledFor ? state.scheduledFor.getTime() - earlyStartMinutes * 60_000 : null;
  const resumeFrom = resumableFrom(state, viewer);
  // A talk that was held and then stopped for good (even by cancelling a rescheduled sitting) can be looked back on.
  const over = inTalk && (status === "ended" || (status === "cancelled" && state.firstStartedAt !== null));
  return {
    accept: inTalk && status === "proposed" && state.proposal !== null && state.proposal.by !== viewer,
    proposeTime: inTalk && (status === "proposed" || status === "scheduled" || status === "on_break"),
    cancel: inTalk && (status === "proposed" || status === "scheduled"),
    start: inTalk && status === "scheduled" && (startFrom === null || now.getTime() >= startFrom),
    pause: running,
    resume: inTalk && status === "on_break" && resumeFrom !== null && now.getTime() >= resumeFrom.getTime(),
    end: inTalk && (status === "running" || status === "on_break"),
    speak: running && turn === undefined,
    reflect:
      running && turn !== undefined && turn.status === "awaiting_reflection" && turn.speaker !== viewer,
    rate: running && turn !== undefined && turn.status === "awaiting_rating" && turn.speaker === viewer,
    summarize: over,
    writeReflection: over,
  };
}
