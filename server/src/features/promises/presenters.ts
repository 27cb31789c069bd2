import {
  comingWindows,
  type MarkFacts,
  markRefusal,
  type OccurrenceWindow,
  occurrenceState,
  type PromiseTiming,
} from "@mend/core/agreements/occurrences";
import type {
  OccurrenceView,
  PromiseView,
  TransparencyActView,
} from "@mend/core/agreements/promise-contract";
import type { PromiseRecord, TransparencyRecord } from "@mend/core/agreements/records";
import { occurrenceOutcomes } from "@mend/core/agreements/records";
import { describeSchedule } from "@mend/core/agreements/schedule";
import { type ResolvedOutcome, streak } from "@mend/core/agreements/streaks";
import { personOf, type SpaceContext } from "../agreements/context.ts";
import type {
  Answered,
  MarkRow,
  PromiseBundle,
  PromiseRow,
  ResponseRow,
  TransparencyActRow,
} from "./repo.ts";

const iso = (date: Date) => date.toISOString();

/** A promise's timing; with its marks, so occurrences kept before it ended stay on record. */
export function timingOf(row: PromiseRow, marks?: PromiseBundle["marks"]): PromiseTiming {
  return {
    schedule: row.schedule,
    timeZone: row.timeZone,
    graceHours: row.graceHours,
    createdAt: row.createdAt,
    endedAt: row.endedAt ?? undefined,
    markedKeys: marks ? new Set(marks.keys()) : undefined,
  };
}

const confirmation = (response: ResponseRow) => response.response as "confirmed" | "disputed";

function markFacts(answered: Answered<MarkRow> | undefined): MarkFacts | undefined {
  if (!answered) return undefined;
  const { row, response } = answered;
  return {
    outcome: row.outcome as MarkFacts["outcome"],
    at: row.at,
    response: response ? { response: confirmation(response), at: response.at } : undefined,
  };
}

const presentResponse = (response: ResponseRow | undefined) =>
  response ? { response: confirmation(response), note: response.note, at: iso(response.at) } : null;

export function presentOccurrence(
  bundle: PromiseBundle,
  window: OccurrenceWindow,
  context: SpaceContext,
  now: Date,
): OccurrenceView {
  const answered = bundle.marks.get(window.key);
  const facts = markFacts(answered);
  const state = occurrenceState(window, facts, now);
  const mine = bundle.promise.makerMemberId === context.me.id;
  return {
    promiseId: bundle.promise.id,
    key: window.key,
    dueAt: iso(window.dueAt),
    opensAt: iso(window.opensAt),
    closesAt: iso(window.closesAt),
    status: state.status,
    missed: state.missed ?? null,
    confirmation: state.confirmation ?? null,
    mark: answered
      ? {
          id: answered.row.id,
          outcome: answered.row.outcome as MarkFacts["outcome"],
          note: answered.row.note,
          at: iso(answered.row.at),
        }
      : null,
    response: presentResponse(answered?.response),
    can: {
      mark: mine && markRefusal(window, facts, now) === undefined,
      respond: !mine && state.status === "kept",
    },
  };
}

export function promiseRecordOf(bundle: PromiseBundle): PromiseRecord {
  const marks = new Map<string, MarkFacts>();
  for (const [key, answered] of bundle.marks) {
    const facts = markFacts(answered);
    if (facts) marks.set(key, facts);
  }
  return {
    id: bundle.promise.id,
    makerId: bundle.promise.makerMemberId,
    timing: timingOf(bundle.promise),
    marks,
  };
}

export function presentPromise(bundle: PromiseBundle, context: SpaceContext, now: Date): PromiseView {
  const { promise } = bundle;
  const outcomes = occurrenceOutcomes(promiseRecordOf(bundle), now);
  const resolved: ResolvedOutcome[] = outcomes.flatMap(({ state }) => {
    if (state.status === "missed") return ["missed"];
    if (state.status === "kept") return [state.confirmation === "disputed" ? "disputed" : "kept"];
    return [];
  });
  const next = comingWindows(timingOf(promise, bundle.marks), now).find((w) => {
    const status = occurrenceState(w, markFacts(bundle.marks.get(w.key)), now).status;
    return status === "open" || status === "upcoming";
  });
  const mine = promise.makerMemberId === context.me.id;
  return {
    id: promise.id,
    maker: personOf(context, promise.makerMemberId),
    text: promise.text,
    schedule: promise.schedule,
    scheduleText: describeSchedule(promise.schedule),
    timeZone: promise.timeZone,
    graceHours: promise.graceHours,
    createdAt: iso(promise.createdAt),
    endedAt: promise.endedAt ? iso(promise.endedAt) : null,
    endNote: promise.endNote,
    next: next ? presentOccurrence(bundle, next, context, now) : null,
    counts: {
      kept: resolved.filter((o) => o === "kept").length,
      confirmed: outcomes.filter((o) => o.state.confirmation === "confirmed").length,
      disputed: resolved.filter((o) => o === "disputed").length,
      missed: resolved.filter((o) => o === "missed").length,
    },
    streak: streak(resolved),
    can: { end: mine && promise.endedAt === null },
  };
}

export function transparencyRecordOf(answered: Answered<TransparencyActRow>): TransparencyRecord {
  const { row, response } = answered;
  return {
    id: row.id,
    memberId: row.memberId,
    at: row.at,
    response: response ? { response: confirmation(response), at: response.at } : undefined,
  };
}

export function presentAct(
  answered: Answered<TransparencyActRow>,
  context: SpaceContext,
): TransparencyActView {
  const { row, response } = answered;
  return {
    id: row.id,
    by: personOf(context, row.memberId),
    note: row.note,
    at: iso(row.at),
    response: presentResponse(response),
    can: { respond: row.memberId !== context.me.id },
  };
}
