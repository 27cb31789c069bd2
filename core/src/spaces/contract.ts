import { z } from "zod";
import { breachViews } from "./roles.ts";

export const relationshipKinds = ["partner", "family", "friend", "other"] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];

export const breachKinds = [
  "infidelity",
  "lying",
  "broken_promises",
  "withholding",
  "broken_confidence",
  "disrespect",
  "neglect",
  "other",
] as const;
export type BreachKind = (typeof breachKinds)[number];

const breachViewSchema = z.enum(breachViews, { error: "Choose who broke trust, as you see it." });

export const createSpaceInput = z.strictObject({
  relationship: z.enum(relationshipKinds, { error: "Choose what the other person is to you." }),
  view: breachViewSchema,
  breachKinds: z
    .array(z.enum(breachKinds, { error: "Choose from the listed kinds of breach." }))
    .min(1, { error: "Choose at least one thing that happened." })
    .max(breachKinds.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, { error: "Each kind can be chosen once." }),
  otherName: z
    .string({ error: "Give a first name for the other person." })
    .trim()
    .min(1, { error: "Give a first name for the other person." })
    .max(60, { error: "Keep the name under 60 characters." }),
});
export type CreateSpaceInput = z.infer<typeof createSpaceInput>;

export const joinSpaceInput = z.strictObject({ view: breachViewSchema });
export type JoinSpaceInput = z.infer<typeof joinSpaceInput>;

const roleSchema = z.enum(["broke_trust", "hurt", "both"]);

export const memberView = z.object({
  displayName: z.string(),
  role: roleSchema,
});

export const invitationView = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type InvitationView = z.infer<typeof invitationView>;

/** A freshly made invitation: the only time its link is ever shown, since only a hash is kept. */
export const createdInvitationView = invitationView.extend({ token: z.string() });
export type CreatedInvitationView = z.infer<typeof createdInvitationView>;

export const spaceView = z.object({
  id: z.string(),
  relationship: z.enum(relationshipKinds),
  breachKinds: z.array(z.enum(breachKinds)),
  createdAt: z.iso.datetime(),
  you: memberView.extend({ view: z.enum(breachViews) }),
  /** Absent until the other person joins; `expectedName` is what you called them when you started. */
  other: memberView.nullable(),
  expectedName: z.string(),
  viewsDiffer: z.boolean(),
  /** True when someone was here before and left; the remaining person can invite again. */
  otherLeft: z.boolean(),
  invitation: invitationView.nullable(),
  can: z.object({ invite: z.boolean(), leave: z.boolean() }),
});
export type SpaceView = z.infer<typeof spaceView>;

export const spaceSummaryView = spaceView
  .pick({ id: true, relationship: true, createdAt: true, expectedName: true })
  .extend({
    otherName: z.string().nullable(),
  });
export type SpaceSummaryView = z.infer<typeof spaceSummaryView>;

export const invitationPreviewView = z.object({
  inviterName: z.string(),
  relationship: z.enum(relationshipKinds),
  expectedName: z.string(),
});
export type InvitationPreviewView = z.infer<typeof invitationPreviewView>;

export const relationshipLabels: Record<RelationshipKind, string> = {
  partner: "Partner",
  family: "Family member",
  friend: "Friend",
  other: "Someone else",
};

export const breachKindLabels: Record<BreachKind, string> = {
  infidelity: "Infidelity (physical or emotional)",
  lying: "Lying or deceit",
  broken_promises: "Broken promises",
  withholding: "Withholding information",
  broken_confidence: "A confidence broken",
  disrespect: "Disrespect",
  neglect: "Neglect or lack of support",
  other: "Something else",
};

export const breachViewLabels: Record<(typeof breachViews)[number], string> = {
  me: "I did",
  them: "The other person did",
  both: "Both of us",
  complicated: "It's complicated",
};

export const roleLabels: Record<z.infer<typeof roleSchema>, string> = {
  broke_trust: "Rebuilding trust they broke",
  hurt: "Was hurt",
  both: "Both hurt and rebuilding",
};
