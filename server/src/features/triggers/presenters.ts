import type { ReassuranceView, TriggerView } from "@mend/core/triggers/contract";
import { replyMinutes } from "@mend/core/triggers/facts";
import type { ReassuranceAsk, TriggerCategory } from "@mend/core/triggers/fields";
import { type Pair, partyOf } from "../spaces/pair.ts";
import type { OutcomeRow, ReplyRow, RequestRow, TriggerRow } from "./repo.ts";

/**
 * The author sees everything, the note sealed (or, from before the vault, plain); the other person sees a
 * shared trigger without its note and without when it was logged or shared.
 */
export function presentTrigger(pair: Pair, row: TriggerRow): TriggerView {
  const base = {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    category: row.category as TriggerCategory,
    intensity: row.intensity,
  };
  if (row.memberId === pair.me.id) {
    return {
      ...base,
      author: "you",
      sealed: row.sealed,
      plain: row.note,
      shared: row.sharedAt !== null,
      loggedAt: row.loggedAt.toISOString(),
    };
  }
  return { ...base, author: "other" };
}

export interface RequestRows {
  replies: readonly ReplyRow[];
  outcomes: readonly OutcomeRow[];
}

/** Only call for a request between the two current members (see `betweenUs`). */
export function presentRequest(pair: Pair, row: RequestRow, rows: RequestRows): ReassuranceView {
  const replies = rows.replies.filter((r) => r.requestId === row.id);
  const outcome = rows.outcomes.find((o) => o.requestId === row.id);
  const firstReplyAt = replies[0]?.at ?? null;
  const mine = row.requesterMemberId === pair.me.id;
  const base = {
    id: row.id,
    ask: row.ask as ReassuranceAsk | null,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    replies: replies.map((r) => ({
      id: r.id,
      by: partyOf(pair, r.memberId) ?? "other",
      text: r.text,
      at: r.at.toISOString(),
    })),
    firstReplyAt: firstReplyAt?.toISOString() ?? null,
    replyMinutes: replyMinutes({ createdAt: row.createdAt, firstReplyAt }),
    outcome: outcome ? { helped: outcome.helped, at: outcome.at.toISOString() } : null,
    can: {
      reply: !mine,
      rateOutcome: mine && replies.length > 0 && !outcome,
    },
  };
  return mine ? { ...base, from: "you", triggerId: row.triggerId } : { ...base, from: "other" };
}
