import type { RepairRole } from "../spaces/roles.ts";
import type { MemberId } from "./facts.ts";

/**
 * One way trust was broken: from the member who broke it to the member who was hurt. A mutual breach
 * has two directions, and each needs its own evidence. `null` is the member who hasn't joined yet.
 */
export interface Direction {
  brokeTrust: MemberId | null;
  hurt: MemberId | null;
}

const breaks = (role: RepairRole) => role === "broke_trust" || role === "both";
const wasHurt = (role: RepairRole) => role === "hurt" || role === "both";

export function directionsOf(members: readonly { id: MemberId; role: RepairRole }[]): Direction[] {
  const [a, b] = members;
  if (!a) return [];
  if (!b) {
    const out: Direction[] = [];
    if (breaks(a.role)) out.push({ brokeTrust: a.id, hurt: null });
    if (wasHurt(a.role)) out.push({ brokeTrust: null, hurt: a.id });
    return out;
  }
  const out: Direction[] = [];
  if (breaks(a.role) && wasHurt(b.role)) out.push({ brokeTrust: a.id, hurt: b.id });
  if (breaks(b.role) && wasHurt(a.role)) out.push({ brokeTrust: b.id, hurt: a.id });
  // Roles that don't fit together (both say they were hurt, say) mean the accounts differ; as in
  // resolveRoles, nobody's account wins, so each direction needs its own evidence.
  if (out.length === 0) {
    out.push({ brokeTrust: a.id, hurt: b.id }, { brokeTrust: b.id, hurt: a.id });
  }
  return out;
}

/**
 * Whether an event about `subject` (a disclosure's subject, a breach's author) concerns the person
 * in `position`. Unattributed events concern everyone; an event about someone who isn't a known
 * member concerns the member who hasn't joined yet.
 */
export function concerns(subject: MemberId | undefined, position: MemberId | null, other: MemberId | null) {
  if (subject === undefined) return true;
  if (position === null) return subject !== other;
  return subject === position;
}
