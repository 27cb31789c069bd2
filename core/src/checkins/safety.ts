import type { Checkin, SafetyAnswer } from "./schema.ts";

/**
 * "Not sure" counts as concerning on purpose: the follow-up is a private page with resources, so
 * offering it to someone who is fine costs little, and missing someone who is not costs a lot.
 */
export function isSafetyConcern(answer: SafetyAnswer | undefined): boolean {
  if (answer === undefined) return false;
  return answer.feelSafe !== "yes" || answer.pressured === true;
}

/**
 * Whether the app should open the private safety page for this viewer. Only ever true for the
 * author: the other person must not be able to learn that the question was answered, let alone how.
 */
export function needsSafetyFollowUp(checkin: Checkin, viewerId: string): boolean {
  return viewerId === checkin.authorId && isSafetyConcern(checkin.safety);
}
