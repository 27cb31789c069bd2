import type { TalkHistoryEntry, TalkView } from "@mend/core/talks/contract";
import type { BreakSuggestion, GroundRule, ReflectionRating } from "@mend/core/talks/rules";
import {
  allowedTalkActions,
  resumableFrom,
  type TalkEntry,
  type TalkState,
  talkState,
  talkTimer,
} from "@mend/core/talks/state";
import { type Pair, partyOf } from "../spaces/pair.ts";
import type { ReflectionRow, TalkEntryRow, TalkRow } from "./repo.ts";

/** A stored entry as the core rules read it. */
export function toEntry(row: TalkEntryRow): TalkEntry {
  const base = { id: row.id, by: row.memberId, at: row.at };
  switch (row.kind) {
    case "time_proposed":
      return { ...base, kind: "time_proposed", startsAt: row.startsAt };
    case "paused":
      return {
        ...base,
        kind: "paused",
        returnAt: row.returnAt ?? row.at,
        suggestion: row.suggestion as BreakSuggestion | null,
      };
    case "ended":
      return { ...base, kind: "ended", finished: row.finished ?? false };
    case "point":
    case "summary":
      return { ...base, kind: row.kind, text: row.text ?? "" };
    case "reflection":
      return { ...base, kind: "reflection", turnId: row.turnId ?? "", text: row.text ?? "" };
    case "rating":
      return { ...base, kind: "rating", turnId: row.turnId ?? "", rating: row.rating as ReflectionRating };
    default:
      return { ...base, kind: row.kind as "accepted" | "started" | "resumed" | "cancelled" };
  }
}

export const partiesOf = (talk: TalkRow) => ({
  proposerId: talk.proposerMemberId,
  partnerId: talk.partnerMemberId,
  limitMinutes: talk.limitMinutes,
});

export function stateOf(talk: TalkRow, rows: readonly TalkEntryRow[]): TalkState {
  return talkState(rows.filter((row) => row.talkId === talk.id).map(toEntry));
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

function historyOf(pair: Pair, entries: readonly TalkEntry[]): TalkHistoryEntry[] {
  const out: TalkHistoryEntry[] = [];
  for (const entry of entries) {
    const base = { id: entry.id, by: partyOf(pair, entry.by) ?? "other", at: entry.at.toISOString() };
    switch (entry.kind) {
      case "time_proposed":
        out.push({ ...base, kind: entry.kind, startsAt: iso(entry.startsAt) });
        break;
      case "paused":
        out.push({
          ...base,
          kind: entry.kind,
          returnAt: entry.returnAt.toISOString(),
          suggestion: entry.suggestion,
        });
        break;
      case "ended":
        out.push({ ...base, kind: entry.kind, finished: entry.finished });
        break;
      case "accepted":
      case "started":
      case "resumed":
      case "cancelled":
        out.push({ ...base, kind: entry.kind });
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * The talk as one participant sees it. Only call for a talk between the two current members (see
 * `betweenUs`). `reflection` must be the caller's own: the other person's is never passed in.
 */
export function presentTalk(
  pair: Pair,
  talk: TalkRow,
  rows: readonly TalkEntryRow[],
  reflection: ReflectionRow | undefined,
  now: Date,
): TalkView {
  const entries = rows.filter((row) => row.talkId === talk.id).map(toEntry);
  const state = talkState(entries);
  const who = (memberId: string) => partyOf(pair, memberId) ?? "other";
  const timer = talkTimer(state, talk.limitMinutes, now);
  const resumeFrom = resumableFrom(state, pair.me.id);
  return {
    id: talk.id,
    topic: talk.topic,
    proposedBy: who(talk.proposerMemberId),
    createdAt: talk.createdAt.toISOString(),
    limitMinutes: talk.limitMinutes,
    groundRules: talk.groundRules as GroundRule[],
    customRules: talk.customRules,
    status: state.status,
    proposal: state.proposal
      ? {
          by: who(state.proposal.by),
          startsAt: iso(state.proposal.startsAt),
          at: state.proposal.at.toISOString(),
        }
      : null,
    scheduledFor: state.status === "scheduled" ? iso(state.scheduledFor) : null,
    timer: timer
      ? {
          startedAt: timer.startedAt.toISOString(),
          limitMs: timer.limitMs,
          usedMs: timer.usedMs,
          remainingMs: timer.remainingMs,
          runningSince: iso(timer.runningSince),
          endsAt: iso(timer.endsAt),
          timeUp: timer.timeUp,
        }
      : null,
    break:
      state.pause && resumeFrom
        ? {
            by: who(state.pause.by),
            startedAt: state.pause.at.toISOString(),
            returnAt: state.pause.returnAt.toISOString(),
            suggestion: state.pause.suggestion,
            youCanResumeFrom: resumeFrom.toISOString(),
          }
        : null,
    turns: state.turns.map((turn) => ({
      id: turn.id,
      speaker: who(turn.speaker),
      point: turn.point,
      at: turn.at.toISOString(),
      attempts: turn.attempts.map((a) => ({
        id: a.id,
        text: a.text,
        at: a.at.toISOString(),
        rating: a.rating,
        ratedAt: iso(a.ratedAt),
      })),
      status: turn.status,
    })),
    summaries: state.summaries.map((s) => ({
      id: s.id,
      by: who(s.by),
      text: s.text,
      at: s.at.toISOString(),
    })),
    yourReflection: reflection
      ? { sealed: reflection.sealed, plain: reflection.text, updatedAt: reflection.updatedAt.toISOString() }
      : null,
    history: historyOf(pair, entries),
    pauses: state.pauses.length,
    endedAt: iso(state.endedAt),
    outcome: state.outcome,
    can: allowedTalkActions(partiesOf(talk), state, pair.me.id, now),
    serverTime: now.toISOString(),
  };
}
