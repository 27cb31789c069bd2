import type { TrustEvidence } from "../trust/evidence.ts";
import { type AmendRecord, type AmendStep, amendDueAt } from "./lifecycle.ts";

/**
 * Trust evidence about each amend's maker:
 * - `amend_made` when the other person confirmed it was made (the maker's own "done" is not enough:
 *   like a promise, it counts once the one it was for says so);
 * - `amend_late` when an agreed amend with a date was not marked made by the end of that date. It
 *   stays on the record if the amend is made later (it was late), and is never counted for an amend
 *   that was declined, withdrawn or replaced, or that had no date.
 * Declining an amend, asking for one or suggesting another never counts for or against anyone:
 * the person who was hurt owes no one an acceptance.
 */
export function amendEvidence(
  amends: readonly AmendRecord[],
  steps: readonly AmendStep[],
  counteredIds: ReadonlySet<string>,
  now: Date,
): Map<string, TrustEvidence[]> {
  const byMaker = new Map<string, TrustEvidence[]>();
  const add = (memberId: string, event: TrustEvidence) =>
    byMaker.set(memberId, [...(byMaker.get(memberId) ?? []), event]);
  for (const amend of amends) {
    if (counteredIds.has(amend.id)) continue;
    const own = steps.filter((s) => s.amendId === amend.id && s.at <= now);
    const accepted = own.find((s) => s.action === "accepted");
    if (!accepted) continue;
    const confirmed = own.find((s) => s.action === "confirmed");
    if (confirmed) add(amend.makerId, { kind: "amend_made", at: confirmed.at, sourceId: amend.id });
    if (amend.byDate !== null) {
      const due = amendDueAt(amend.byDate);
      // Agreed before its date ran out (agreeing to an amend already late is agreeing to a new date).
      const firstDone = own.find((s) => s.action === "done");
      if (accepted.at < due && due <= now && (!firstDone || firstDone.at > due)) {
        add(amend.makerId, { kind: "amend_late", at: due, sourceId: amend.id });
      }
    }
  }
  return byMaker;
}

/** When the maker's amends were confirmed as made, per maker: what the journey shows. */
export function amendsMadeByMember(
  amends: readonly AmendRecord[],
  steps: readonly AmendStep[],
): Map<string, Date[]> {
  const made = new Map<string, Date[]>();
  const makers = new Map(amends.map((a) => [a.id, a.makerId]));
  for (const step of steps) {
    if (step.action !== "confirmed") continue;
    const maker = makers.get(step.amendId);
    if (maker) made.set(maker, [...(made.get(maker) ?? []), step.at]);
  }
  return made;
}
