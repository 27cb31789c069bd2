/**
 * Tools that later issues add to Mend. A task names the tool that helps with it, so the web can show
 * "coming soon" until that tool exists instead of hiding the task.
 */
export const toolIds = [
  "acknowledgment",
  "impact_statement",
  "apology",
  "amends",
  "questions",
  "talks",
  "agreements",
  "promises",
  "checkins",
  "forgiveness",
  "appreciations",
  "time_together",
  "closeness_ladder",
  "unsent_letter",
] as const;

export type ToolId = (typeof toolIds)[number];

export function isToolId(value: string): value is ToolId {
  return (toolIds as readonly string[]).includes(value);
}
