import type { RepairRole } from "../spaces/roles.ts";

export interface HelpMember {
  id: string;
  role: RepairRole;
}

/** One structured talk, as the conversation feature records it. */
export interface TalkRecord {
  startedAt: Date;
  /** Breaks taken during the talk (a break is healthy; many in a short time are the signal). */
  pauses: number;
  outcome: "completed" | "ended_early" | "in_progress";
}

export const dayMs = 86_400_000;

/** True when `at` falls in the `days` before `now` (now included). */
export function withinDays(at: Date, now: Date, days: number): boolean {
  const t = at.getTime();
  return t <= now.getTime() && t > now.getTime() - days * dayMs;
}
