// Builders for the method's tests: dates as day numbers from a fixed start keep fixtures readable.
import type { RepairRole } from "../spaces/roles.ts";
import type { MemberFacts, SpaceFacts } from "./facts.ts";
import type { PhaseProgress } from "./progress-types.ts";
import type { PhaseId } from "./types.ts";

const START = Date.UTC(2026, 0, 1);

export function day(n: number): Date {
  return new Date(START + n * 86_400_000);
}

/** Dates for days `from`, `from + every`, … (`count` of them). */
export function days(from: number, count: number, every = 1): Date[] {
  return Array.from({ length: count }, (_, i) => day(from + i * every));
}

export function member(id: string, role: RepairRole, facts: Partial<MemberFacts> = {}): MemberFacts {
  return { id, role, readinessChecksCompleted: [day(0)], ...facts };
}

/** A one-way breach: Alex broke trust, Sam was hurt. */
export function oneWay(
  alex: Partial<MemberFacts> = {},
  sam: Partial<MemberFacts> = {},
  shared: Omit<Partial<SpaceFacts>, "members"> = {},
): SpaceFacts {
  return { members: [member("alex", "broke_trust", alex), member("sam", "hurt", sam)], ...shared };
}

export function phase(list: readonly PhaseProgress[], id: PhaseId): PhaseProgress {
  const found = list.find((p) => p.phase === id);
  if (!found) throw new Error(`missing phase ${id}`);
  return found;
}

export function codes(p: PhaseProgress): string[] {
  return p.reasons.map((r) => r.code);
}
