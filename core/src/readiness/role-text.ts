import type { RepairRole } from "../spaces/roles.ts";

/** A sentence worded for each role: the person who broke trust, who was hurt, or both at once. */
export type RoleText = Readonly<Record<RepairRole, string>>;

export function sameForAll(text: string): RoleText {
  return { broke_trust: text, hurt: text, both: text };
}
