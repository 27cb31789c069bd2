import type { AmendView } from "@mend/core/amends/contract";
import type { AmendAction, AmendOrigin } from "@mend/core/amends/fields";
import {
  type AmendRecord,
  type AmendStep,
  amendMoves,
  amendStatus,
  isLate,
} from "@mend/core/amends/lifecycle";
import { type Pair, partyOf } from "../spaces/pair.ts";
import type { AmendRow, AmendStepRow } from "./repo.ts";

export function amendRecord(row: AmendRow): AmendRecord {
  return {
    id: row.id,
    proposerId: row.proposerMemberId,
    makerId: row.makerMemberId,
    receiverId: row.receiverMemberId,
    origin: row.origin as AmendOrigin,
    byDate: row.byDate,
    counterToId: row.counterToId,
    createdAt: row.createdAt,
  };
}

export function amendStep(row: AmendStepRow): AmendStep {
  return {
    amendId: row.amendId,
    memberId: row.memberId,
    action: row.action as AmendAction,
    note: row.note,
    at: row.at,
  };
}

/** The rows an amend's state is worked out from: all of the space's steps and amends. */
export interface AmendRows {
  steps: readonly AmendStepRow[];
  amends: readonly AmendRow[];
}

/** Only call for an amend between the two current members (see `betweenUs`); both see the same. */
export function presentAmend(pair: Pair, row: AmendRow, rows: AmendRows, now: Date): AmendView {
  const steps = rows.steps.filter((s) => s.amendId === row.id);
  const counter = rows.amends.find((a) => a.counterToId === row.id);
  const record = amendRecord(row);
  const status = amendStatus(steps.map(amendStep), counter?.createdAt ?? null);
  return {
    id: row.id,
    origin: record.origin,
    proposedBy: partyOf(pair, row.proposerMemberId) ?? "other",
    maker: partyOf(pair, row.makerMemberId) ?? "other",
    what: row.what,
    byDate: row.byDate,
    createdAt: row.createdAt.toISOString(),
    status,
    late: isLate(record, status, now),
    counterToId: row.counterToId,
    counteredById: counter?.id ?? null,
    steps: steps.map((s) => ({
      by: partyOf(pair, s.memberId) ?? "other",
      action: s.action as AmendAction,
      note: s.note,
      at: s.at.toISOString(),
    })),
    can: amendMoves(record, status, pair.me.id),
  };
}
