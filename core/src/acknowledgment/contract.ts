import { z } from "zod";
import { type AcknowledgmentResponseValue, acknowledgmentResponses } from "../method/facts.ts";
import { memberView } from "../spaces/contract.ts";
import { partySchema } from "../spaces/party.ts";
import { envelopeSchema } from "../vault/wire.ts";
import {
  type AcknowledgmentPart,
  type ImpactPart,
  maxPartLength,
  requiredParts,
  type StatementKind,
  statementGuides,
} from "./parts.ts";

export { acknowledgmentResponses };
export const maxResponseNoteLength = 2000;

const tooLong = `Keep each part under ${maxPartLength} characters.`;

function draftPart() {
  return z.string({ error: "Each part must be text." }).max(maxPartLength, { error: tooLong }).optional();
}

function titleOf(kind: StatementKind, part: string): string {
  return (statementGuides[kind].parts as Record<string, { title: string }>)[part]?.title ?? part;
}

function sharedText(kind: StatementKind, part: string) {
  return z
    .string({ error: `"${titleOf(kind, part)}" must be text.` })
    .trim()
    .max(maxPartLength, { error: tooLong });
}

const requiredPart = (kind: StatementKind, part: string) =>
  sharedText(kind, part).min(1, { error: `Write something for "${titleOf(kind, part)}" before sharing.` });
const optionalPart = (kind: StatementKind, part: string) => sharedText(kind, part).optional().default("");
/** Required parts come from `requiredParts`, so the rule lives in one place. */
const sharedPart = (kind: StatementKind, part: string) =>
  (requiredParts[kind] as readonly string[]).includes(part)
    ? requiredPart(kind, part)
    : optionalPart(kind, part);

const partsError = (kind: StatementKind) => ({
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === "unrecognized_keys"
      ? `This statement has no part called ${issue.keys?.join(", ")}.`
      : `Send the ${kind === "impact" ? "impact statement" : "acknowledgment"} as its parts.`,
});

/**
 * What a private draft holds once its author's browser opens it: any part may be empty or missing, so
 * a half-written statement saves as it is. The browser checks the parts with these before sealing.
 */
export const impactDraftParts = z.strictObject(
  { happened: draftPart(), felt: draftPart(), need: draftPart() },
  partsError("impact"),
);

export const acknowledgmentDraftParts = z.strictObject(
  {
    whatIDid: draftPart(),
    impact: draftPart(),
    responsibility: draftPart(),
    change: draftPart(),
    amends: draftPart(),
  },
  partsError("acknowledgment"),
);

export const statementDraftParts = { impact: impactDraftParts, acknowledgment: acknowledgmentDraftParts };

/**
 * A private draft, sealed in its author's browser (vault kind "draft", under `id`, which the browser
 * makes before sealing): the parts as JSON. The server keeps the envelope and never reads inside.
 */
export const statementDraftInput = z.strictObject({
  id: z.uuid({ error: "A draft's id is a UUID." }),
  sealed: envelopeSchema,
});
export type StatementDraftInput = z.infer<typeof statementDraftInput>;

/**
 * What is shared is exactly what is sent, so a version matches what the writer saw on screen.
 * Parts that may wait for a later version arrive as empty text.
 */
export const impactShareInput = z.strictObject({
  parts: z.strictObject(
    {
      happened: sharedPart("impact", "happened"),
      felt: sharedPart("impact", "felt"),
      need: sharedPart("impact", "need"),
    } satisfies Record<ImpactPart, z.ZodType>,
    partsError("impact"),
  ),
});
export type ImpactShareInput = z.infer<typeof impactShareInput>;

export const acknowledgmentShareInput = z.strictObject({
  parts: z.strictObject(
    {
      whatIDid: sharedPart("acknowledgment", "whatIDid"),
      impact: sharedPart("acknowledgment", "impact"),
      responsibility: sharedPart("acknowledgment", "responsibility"),
      change: sharedPart("acknowledgment", "change"),
      amends: sharedPart("acknowledgment", "amends"),
    } satisfies Record<AcknowledgmentPart, z.ZodType>,
    partsError("acknowledgment"),
  ),
});
export type AcknowledgmentShareInput = z.infer<typeof acknowledgmentShareInput>;

export const statementResponseInput = z
  .strictObject({
    response: z.enum(acknowledgmentResponses, { error: "Choose how the acknowledgment reached you." }),
    note: z
      .string({ error: "The note must be text." })
      .trim()
      .max(maxResponseNoteLength, { error: `Keep the note under ${maxResponseNoteLength} characters.` })
      .optional(),
  })
  .refine((input) => input.response !== "partly" || (input.note ?? "").length > 0, {
    error: "Say what is still missing, so they have something concrete to work on.",
    path: ["note"],
  });
export type StatementResponseInput = z.infer<typeof statementResponseInput>;

const impactPartsView = z.object({ happened: z.string(), felt: z.string(), need: z.string() });
const acknowledgmentPartsView = z.object({
  whatIDid: z.string(),
  impact: z.string(),
  responsibility: z.string(),
  change: z.string(),
  amends: z.string(),
});

export const statementResponseView = z.object({
  id: z.string(),
  by: partySchema,
  response: z.enum(acknowledgmentResponses),
  /** Present when the responder wrote one (always for "partly"). */
  note: z.string().optional(),
  at: z.iso.datetime(),
});
export type StatementResponseView = z.infer<typeof statementResponseView>;

const versionBase = {
  id: z.string(),
  /** 1 for the first shared version of this writer's statement, then 2, 3… */
  number: z.int(),
  sharedAt: z.iso.datetime(),
};

export const impactVersionView = z.object({
  ...versionBase,
  kind: z.literal("impact"),
  parts: impactPartsView,
});
export const acknowledgmentVersionView = z.object({
  ...versionBase,
  kind: z.literal("acknowledgment"),
  parts: acknowledgmentPartsView,
  /** The reader's responses to this version, oldest first; the last one is how it stands now. */
  responses: z.array(statementResponseView),
});
export const statementVersionView = z.discriminatedUnion("kind", [
  impactVersionView,
  acknowledgmentVersionView,
]);
export type StatementVersionView = z.infer<typeof statementVersionView>;

/**
 * Your private draft as the server keeps it: sealed, or, for a draft kept before drafts were sealed,
 * its parts as they were stored (`sealed` null), until your browser seals it on your next visit.
 */
const draftView = (parts: z.ZodObject) =>
  z
    .object({
      id: z.uuid(),
      sealed: envelopeSchema.nullable(),
      parts: parts.partial().nullable(),
      updatedAt: z.iso.datetime(),
    })
    .nullable();

/** A statement you write: your private draft (if any) and every version you shared, oldest first. */
export const ownStatementView = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("impact"),
    draft: draftView(impactPartsView),
    versions: z.array(impactVersionView),
    can: z.object({ saveDraft: z.boolean(), share: z.boolean() }),
  }),
  z.object({
    kind: z.literal("acknowledgment"),
    draft: draftView(acknowledgmentPartsView),
    versions: z.array(acknowledgmentVersionView),
    can: z.object({ saveDraft: z.boolean(), share: z.boolean() }),
  }),
]);
export type OwnStatementView = z.infer<typeof ownStatementView>;

/** A statement the other person shared with you. Their drafts never appear, not even as a flag. */
export const sharedStatementView = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("impact"), versions: z.array(impactVersionView) }),
  z.object({
    kind: z.literal("acknowledgment"),
    versions: z.array(acknowledgmentVersionView),
    /** True when you may respond to the latest version. */
    can: z.object({ respond: z.boolean() }),
  }),
]);
export type SharedStatementView = z.infer<typeof sharedStatementView>;

export const statementsView = z.object({
  you: z.object({ role: memberView.shape.role }),
  /** Null until the other person joins. */
  other: z.object({ role: memberView.shape.role }).nullable(),
  /** The statements your role writes, impact statement first. */
  own: z.array(ownStatementView),
  /** The other person's statements that have at least one version shared with you. */
  theirs: z.array(sharedStatementView),
});
export type StatementsView = z.infer<typeof statementsView>;

export const responseLabels: Record<AcknowledgmentResponseValue, string> = {
  heard: "I feel heard",
  partly: "Partly: here is what is missing",
  not_yet: "Not yet",
};

export const responseGuidance =
  "Tell them how this version reached you. If something is missing, name it as something they could add: a part of what happened they haven't named, or a way it affected you that they haven't understood yet.";
