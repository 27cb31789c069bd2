export const planStatuses = ["planned", "done", "set_aside"] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const planActions = ["change", "mark_done", "set_aside", "reflect"] as const;
export type PlanAction = (typeof planActions)[number];

/**
 * What either person may do to a plan in each state. A plan that was done or set aside stays as it
 * is in the shared history; making another plan is how to try again.
 */
export function allowedActions(status: PlanStatus): PlanAction[] {
  switch (status) {
    case "planned":
      return ["change", "mark_done", "set_aside"];
    case "done":
      return ["reflect"];
    case "set_aside":
      return [];
  }
}

/**
 * The one-line reflections after time together are revealed together: the other person's line is
 * shown only to someone who has written their own. Neither sees the other's words first, so neither
 * shapes what the other says, and nobody learns whether the other has written yet.
 */
export function visibleReflections<T>(mine: T | undefined, theirs: T | undefined): { mine?: T; theirs?: T } {
  if (mine === undefined) return {};
  return theirs === undefined ? { mine } : { mine, theirs };
}
