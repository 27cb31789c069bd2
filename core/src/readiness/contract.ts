import { z } from "zod";
import { blockingFactors, safetyFactors } from "./factors.ts";
import { readinessAnswersSchema } from "./schema.ts";
import { readinessPaths } from "./types.ts";

export const submitReadinessInput = z.strictObject({ answers: readinessAnswersSchema });
export type SubmitReadinessInput = z.infer<typeof submitReadinessInput>;

const finding = z.object({ factor: z.string(), text: z.string() });

export const readinessResultView = z.object({
  path: z.enum(readinessPaths),
  summary: z.string(),
  hopeful: z.array(finding),
  hard: z.array(finding),
  suggestions: z.array(z.object({ id: z.string(), kind: z.string(), text: z.string() })),
  blockers: z.array(z.enum(blockingFactors)),
  safetyConcerns: z.array(z.enum(safetyFactors)),
});

/** The member's own latest check; `null` until they take it. Never sent to the other person. */
export const ownReadinessView = z.object({
  check: z
    .object({
      completedAt: z.iso.datetime(),
      answers: readinessAnswersSchema,
      result: readinessResultView,
    })
    .nullable(),
});
export type OwnReadinessView = z.infer<typeof ownReadinessView>;
