/**
 * Who broke trust, as each member sees it. A view is always relative to the person who states it:
 * "me" means "I broke trust", "them" means "the other person did".
 */
export const breachViews = ["me", "them", "both", "complicated"] as const;
export type BreachView = (typeof breachViews)[number];

/** The part a member plays in the repair method; "both" gets the tasks of both roles. */
export type RepairRole = "broke_trust" | "hurt" | "both";

export interface RoleResolution {
  /** The role of the member who stated `ownView`. */
  own: RepairRole;
  /** The role of the other member (also meaningful before they join: it is what the first member expects). */
  other: RepairRole;
  /** True when both members have stated views that do not describe the same situation. */
  viewsDiffer: boolean;
}

function rolesFromView(view: BreachView): { own: RepairRole; other: RepairRole } {
  switch (view) {
    case "me":
      return { own: "broke_trust", other: "hurt" };
    case "them":
      return { own: "hurt", other: "broke_trust" };
    case "both":
    case "complicated":
      return { own: "both", other: "both" };
  }
}

/**
 * Roles follow the members' own words. When the two views agree, each gets the role both describe.
 * When they disagree, nobody's account overrides the other's: both get both roles' tasks, and the
 * space notes that the views differ so the people can talk about it.
 */
export function resolveRoles(ownView: BreachView, otherView?: BreachView): RoleResolution {
  const fromOwn = rolesFromView(ownView);
  if (otherView === undefined) return { ...fromOwn, viewsDiffer: false };
  const fromOther = rolesFromView(otherView);
  const agree = fromOwn.own === fromOther.other && fromOwn.other === fromOther.own;
  if (agree) return { ...fromOwn, viewsDiffer: false };
  return { own: "both", other: "both", viewsDiffer: true };
}
