import { z } from "zod";
import { phaseStatuses, reasonCodes } from "./progress-types.ts";
import { toolIds } from "./tools.ts";
import { phaseIds } from "./types.ts";

const direction = z.object({ brokeTrust: z.string().nullable(), hurt: z.string().nullable() });

const reason = z.object({
  code: z.enum(reasonCodes),
  text: z.string(),
  at: z.iso.datetime().optional(),
  count: z.number().optional(),
  direction: direction.optional(),
});

const progress = {
  status: z.enum(phaseStatuses),
  reasons: z.array(reason),
  startedAt: z.iso.datetime().optional(),
  completedAt: z.iso.datetime().optional(),
  reopenedAt: z.iso.datetime().optional(),
  timesCompleted: z.number(),
};

export const phaseProgressView = z.object({
  phase: z.enum(phaseIds),
  ...progress,
  directions: z.array(z.object({ ...progress, ...direction.shape })),
});
export type PhaseProgressView = z.infer<typeof phaseProgressView>;

const step = z.object({
  id: z.string(),
  text: z.string(),
  phase: z.enum(phaseIds).optional(),
  taskId: z.string().optional(),
  tool: z.enum(toolIds).optional(),
});

/**
 * The journey as one member sees it. Member ids appear in `directions` so the web can say "you" and
 * "they"; `yourMemberId` tells which is which. Only shared facts go in, so nothing here is private.
 */
export const journeyView = z.object({
  yourMemberId: z.string(),
  otherMemberId: z.string().nullable(),
  phases: z.array(phaseProgressView),
  yourNextStep: step.nullable(),
  waitingOn: z.array(z.object({ id: z.string(), text: z.string(), phase: z.enum(phaseIds).optional() })),
  /**
   * Only whether each of you took the readiness check: your own result is worked out in your browser
   * from your sealed answers, so this view is the same whatever the answers were.
   */
  readiness: z.object({
    youCompleted: z.boolean(),
    otherCompleted: z.boolean(),
  }),
});
export type JourneyView = z.infer<typeof journeyView>;
