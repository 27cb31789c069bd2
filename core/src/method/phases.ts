import type { RepairRole } from "../spaces/roles.ts";
import { acknowledge, agreements, communication, responsibility } from "./phases-early.ts";
import { closeness, consistency, forgiveness, maintain } from "./phases-late.ts";
import type { Phase, PhaseId, Task } from "./types.ts";

/** The method, in order. */
export const phases: readonly Phase[] = [
  acknowledge,
  responsibility,
  communication,
  agreements,
  consistency,
  forgiveness,
  closeness,
  maintain,
];

const byId: ReadonlyMap<PhaseId, Phase> = new Map(phases.map((phase) => [phase.id, phase]));

export function getPhase(id: PhaseId): Phase {
  const phase = byId.get(id);
  // Unreachable while `phases` lists every id; the test suite checks that it does.
  if (!phase) throw new Error(`Unknown phase: ${id}`);
  return phase;
}

/**
 * The tasks addressed to a role in a phase: its own tasks, then those for everyone. A member whose
 * role is "both" gets the tasks of both roles, each task once.
 */
export function tasksFor(phase: PhaseId | Phase, role: RepairRole): Task[] {
  const p = typeof phase === "string" ? getPhase(phase) : phase;
  const lists: (readonly Task[])[] =
    role === "broke_trust"
      ? [p.forBrokeTrust, p.forBoth]
      : role === "hurt"
        ? [p.forHurt, p.forBoth]
        : [p.forBrokeTrust, p.forHurt, p.forBoth];
  const seen = new Set<string>();
  const tasks: Task[] = [];
  for (const task of lists.flat()) {
    if (seen.has(task.id)) continue;
    seen.add(task.id);
    tasks.push(task);
  }
  return tasks;
}
