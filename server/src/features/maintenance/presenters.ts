import { warningTexts } from "@mend/core/maintenance/content";
import type { MaintenanceView, MaintenanceWarningView } from "@mend/core/maintenance/contract";
import { MAINTENANCE, type MaintenanceStatus, type MaintenanceWarning } from "@mend/core/maintenance/rules";

function who(members: readonly string[], viewerId: string): "you" | "them" | "both" | undefined {
  if (members.length === 0) return undefined;
  const mine = members.includes(viewerId);
  const theirs = members.some((m) => m !== viewerId);
  if (mine && theirs) return "both";
  return mine ? "you" : "them";
}

function presentWarning(warning: MaintenanceWarning, viewerId: string): MaintenanceWarningView {
  const whom = who(warning.members, viewerId);
  return {
    kind: warning.kind,
    at: warning.at.toISOString(),
    ...(whom ? { who: whom } : {}),
    phases: warning.phases,
    ...warningTexts[warning.kind],
  };
}

export function presentMaintenance(status: MaintenanceStatus, viewerId: string): MaintenanceView {
  if (status.stage === "repairing") return { stage: "repairing", remaining: status.remaining };
  return {
    stage: "maintaining",
    since: status.since.toISOString(),
    checkin: {
      lastAt: status.checkin.last?.toISOString() ?? null,
      nextDueAt: status.checkin.nextDue.toISOString(),
      due: status.checkin.due,
      everyDays: MAINTENANCE.checkinEveryDays,
    },
    review: {
      lastAt: status.review.last?.toISOString() ?? null,
      nextDueAt: status.review.nextDue.toISOString(),
      due: status.review.due,
    },
    warnings: status.warnings.map((w) => presentWarning(w, viewerId)),
  };
}
