import { z } from "zod";
import { relationshipKinds } from "../spaces/contract.ts";
import { vaultItemKinds } from "../vault/kinds.ts";
import { envelopeSchema } from "../vault/wire.ts";

/**
 * Whether the repair in a space has ended. Once the grace period is over the space answers 404
 * like any closed space, so "closed" never appears here.
 */
export const endingView = z.discriminatedUnion("status", [
  z.object({ status: z.literal("open") }),
  z.object({
    status: z.literal("ending"),
    endedAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    /** Started days left, so the last day reads 1. */
    daysLeft: z.number(),
    endedByYou: z.boolean(),
  }),
]);
export type EndingView = z.infer<typeof endingView>;

// ---- Data export ----

/** Who an item is from; "counselor": a note from the counselor both members chose. */
export const exportFrom = ["you", "them", "together", "counselor"] as const;
export const exportVisibility = ["private", "shared"] as const;

/** One thing in the export, generic enough for every feature and readable as it is. */
export const exportItem = z.object({
  /** What it is, in a few words ("Reflection: Name what hurt", "Appreciation you received"). */
  title: z.string(),
  at: z.iso.datetime().nullable(),
  from: z.enum(exportFrom),
  /** "private": only its author could see it; "shared": both could. */
  visibility: z.enum(exportVisibility),
  text: z.string().optional(),
  /**
   * Words kept in the person's vault: the server sends the envelope as it holds it, and the person's
   * browser opens it into `text` (and drops this) before saving the file.
   */
  sealed: z.object({ kind: z.enum(vaultItemKinds), itemId: z.string(), envelope: envelopeSchema }).optional(),
  /** Further facts as label and value, in reading order. */
  details: z.array(z.object({ label: z.string(), value: z.string() })),
});
export type ExportItem = z.infer<typeof exportItem>;

export const exportSection = z.object({
  /** The feature it comes from ("forgiveness", "appreciations", …). */
  id: z.string(),
  title: z.string(),
  items: z.array(exportItem),
});
export type ExportSection = z.infer<typeof exportSection>;

/**
 * A member's own copy of a space: everything they wrote, and what the other person shared with
 * them. Never the other person's private things.
 */
export const exportDocument = z.object({
  format: z.literal("mend-export"),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  space: z.object({
    id: z.string(),
    relationship: z.enum(relationshipKinds),
    createdAt: z.iso.datetime(),
    yourName: z.string(),
    otherName: z.string().nullable(),
    endedAt: z.iso.datetime().nullable(),
    closesAt: z.iso.datetime().nullable(),
  }),
  sections: z.array(exportSection),
});
export type ExportDocument = z.infer<typeof exportDocument>;

// ---- Account deletion ----

export const deleteAccountInput = z.strictObject({
  password: z
    .string({ error: "Enter your password to confirm." })
    .min(1, { error: "Enter your password to confirm." })
    .max(1024),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;
