import type { RelationshipKind } from "../spaces/contract.ts";

/**
 * The ways forward, after the shape of discernment counselling: keep things as they are for now,
 * separate, or commit to a set time of repair and look again at its end. With family and friends a
 * clean break is rarer, so two more paths fit: more distance, or a different kind of relationship.
 */
export const decisionPaths = [
  "as_is",
  "separate",
  "repair_period",
  "more_distance",
  "different_relationship",
] as const;
export type DecisionPath = (typeof decisionPaths)[number];

export function pathsFor(relationship: RelationshipKind): DecisionPath[] {
  if (relationship === "partner") return ["as_is", "separate", "repair_period"];
  return ["as_is", "more_distance", "different_relationship", "separate", "repair_period"];
}

export interface PathText {
  label: string;
  about: string;
}

export function pathText(path: DecisionPath, relationship: RelationshipKind): PathText {
  const partner = relationship === "partner";
  switch (path) {
    case "as_is":
      return {
        label: "Carry on as things are, for now",
        about:
          "Not deciding yet is a choice too. Nothing changes while you gather what you need to know; set a date to look again.",
      };
    case "separate":
      return partner
        ? {
            label: "Separate",
            about: "End the relationship. Mend can help you close this space well, with a record you keep.",
          }
        : {
            label: "Step away completely",
            about:
              "End contact, or keep it to what can't be avoided. Mend can help you close this space well.",
          };
    case "repair_period":
      return {
        label: "Commit to a set time of repair",
        about:
          "Put leaving aside for an agreed stretch, work on repair in earnest, and decide again when it ends.",
      };
    case "more_distance":
      return {
        label: "More distance",
        about: "Stay in touch, but less often or less closely, on terms that feel safe to you.",
      };
    case "different_relationship":
      return {
        label: "A different kind of relationship",
        about: "Keep a connection that asks less of you: fewer confidences, clearer limits, a new shape.",
      };
  }
}

/** A decision to end points to ending well. */
export const endsTheRelationship = (path: DecisionPath) => path === "separate";

/** The parts of a recorded decision its author may share, one by one. */
export const decisionParts = ["path", "wants", "fears", "must_change"] as const;
export type DecisionPart = (typeof decisionParts)[number];

export const decisionPartLabels: Readonly<Record<DecisionPart, string>> = {
  path: "The decision and its time frame",
  wants: "What I want",
  fears: "What I fear",
  must_change: "What would have to change",
};

export const timeFrameUnits = ["weeks", "months"] as const;
export type TimeFrameUnit = (typeof timeFrameUnits)[number];
