/**
 * The readiness check over the wire. The answers are sealed in the person's browser (kind
 * "readiness-answers", under the id the browser made for the check) and assessed there with
 * `assessReadiness`; the server keeps the envelope and when the check was taken, never the answers
 * and never what they point to.
 *
 *   GET  /api/spaces/:spaceId/readiness                      → 200 `OwnReadinessView` (the caller's own)
 *   POST /api/spaces/:spaceId/readiness                      body `SubmitReadinessInput` → 201 `OwnReadinessView`
 *   PUT  /api/spaces/:spaceId/readiness/:checkId/answers     body `SealReadinessInput` → 200 `OwnReadinessView`
 */
import { z } from "zod";
import { envelopeSchema } from "../vault/wire.ts";

/** Answers in the clear are refused by name, so a client that sends them learns why. */
const sealedOnly = {
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === "unrecognized_keys"
      ? `The readiness answers are sealed in your browser and sent only as an envelope; this request has fields that are not taken: ${issue.keys?.join(", ")}.`
      : undefined,
};

/** A check as the browser sends it: only the sealed answers, under the id they were sealed with. */
export const submitReadinessInput = z.strictObject(
  {
    id: z.uuid({ error: "A readiness check needs an id made by your browser." }),
    sealed: envelopeSchema,
  },
  sealedOnly,
);
export type SubmitReadinessInput = z.infer<typeof submitReadinessInput>;

/** Answers from before the vault, sealed for the first time under their check's id. */
export const sealReadinessInput = z.strictObject({ sealed: envelopeSchema }, sealedOnly);
export type SealReadinessInput = z.infer<typeof sealReadinessInput>;

/**
 * One check as its taker gets it back: the envelope only their browser opens (`sealedAnswers`), or,
 * for a check taken before the vault, the answers as they were stored (`plainAnswers`), until their
 * browser seals them on its next visit.
 */
export const ownReadinessCheck = z.object({
  id: z.string(),
  completedAt: z.iso.datetime(),
  sealedAnswers: z.string().optional(),
  plainAnswers: z.record(z.string(), z.unknown()).optional(),
});
export type OwnReadinessCheck = z.infer<typeof ownReadinessCheck>;

/** The caller's own checks, newest first; empty until they take one. Never sent to the other person. */
export const ownReadinessView = z.object({ checks: z.array(ownReadinessCheck) });
export type OwnReadinessView = z.infer<typeof ownReadinessView>;
