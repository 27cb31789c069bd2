import { z } from "zod";
import { phaseIds } from "../method/types.ts";
import { warningKinds } from "./rules.ts";

const cadence = z.object({
  lastAt: z.iso.datetime().nullable(),
  nextDueAt: z.iso.datetime(),
  due: z.boolean(),
});

/** Whose ratings or promises a warning is about, from the reader's point of view. */
export const warningWho = ["you", "them", "both"] as const;

export const maintenanceWarningView = z.object({
  kind: z.enum(warningKinds),
  at: z.iso.datetime(),
  /** Absent when the warning isn't about a particular person (or it wasn't recorded). */
  who: z.enum(warningWho).optional(),
  phases: z.array(z.enum(phaseIds)),
  title: z.string(),
  text: z.string(),
  suggestion: z.string(),
});
export type MaintenanceWarningView = z.infer<typeof maintenanceWarningView>;

/** Shown to both members alike: built only from things both can see. */
export const maintenanceView = z.discriminatedUnion("stage", [
  z.object({
    stage: z.literal("repairing"),
    /** Phases not yet completed even once. */
    remaining: z.array(z.enum(phaseIds)),
  }),
  z.object({
    stage: z.literal("maintaining"),
    since: z.iso.datetime(),
    checkin: cadence.extend({ everyDays: z.number() }),
    review: cadence,
    warnings: z.array(maintenanceWarningView),
  }),
]);
export type MaintenanceView = z.infer<typeof maintenanceView>;
