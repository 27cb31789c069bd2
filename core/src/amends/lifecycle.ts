import type { AmendAction, AmendOrigin, AmendStatus } from "./fields.ts";

/** An amend as stored, with ids of members; times as dates. */
export interface AmendRecord {
  id: string;
  proposerId: string;
  makerId: string;
  receiverId: string;
  origin: AmendOrigin;
  /** A calendar date ("2026-05-04") the maker means to have it made by, or null for no date. */
  byDate: string | null;
  /** The amend this one was suggested instead of. */
  counterToId: string | null;
  createdAt: Date;
}

export interface AmendStep {
  amendId: string;
  memberId: string;
  action: AmendAction;
  note: string | null;
  at: Date;
}

/**
 * Where an amend stands after its steps (oldest first). `counteredAt` is when another amend was
 * suggested instead, if one was. Steps that make no sense in the state they arrive in never exist
 * (the service refuses them), so this only follows them.
 */
export function amendStatus(steps: readonly AmendStep[], counteredAt: Date | null): AmendStatus {
  if (counteredAt) return "countered";
  let status: AmendStatus = "proposed";
  for (const step of steps) {
    switch (step.action) {
      case "accepted":
        status = "accepted";
        break;
      case "declined":
        status = "declined";
        break;
      case "withdrawn":
        status = "withdrawn";
        break;
      case "done":
        status = "done";
        break;
      case "confirmed":
        status = "confirmed";
        break;
      case "not_yet":
        // The other person did not feel it was made yet: it goes back to being agreed and undone.
        status = "accepted";
        break;
    }
  }
  return status;
}

/** What each person may do next, as the party looking at it. */
export interface AmendMoves {
  accept: boolean;
  decline: boolean;
  counter: boolean;
  withdraw: boolean;
  markDone: boolean;
  confirm: boolean;
}

export function amendMoves(record: AmendRecord, status: AmendStatus, viewerId: string): AmendMoves {
  const proposer = record.proposerId === viewerId;
  const maker = record.makerId === viewerId;
  return {
    accept: status === "proposed" && !proposer,
    decline: status === "proposed" && !proposer,
    counter: status === "proposed" && !proposer,
    withdraw: status === "proposed" && proposer,
    markDone: status === "accepted" && maker,
    confirm: status === "done" && !maker,
  };
}

/**
 * When an amend with a date is late. A date is a calendar day somewhere on earth, and Mend does not
 * know whose clock the two agreed on, so it is late only once that day has ended everywhere (the
 * last time zone is UTC−12): nobody is told they are late while their day is still running.
 */
export function amendDueAt(byDate: string): Date {
  const startOfDayUtc = Date.parse(`${byDate}T00:00:00Z`);
  return new Date(startOfDayUtc + 36 * 60 * 60 * 1000);
}

/** Whether an agreed amend is past its date without being marked made, at `now`. */
export function isLate(record: AmendRecord, status: AmendStatus, now: Date): boolean {
  return status === "accepted" && record.byDate !== null && amendDueAt(record.byDate) <= now;
}
