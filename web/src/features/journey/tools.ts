import type { ToolId } from "@mend/core/method/index";

export const toolNames: Record<ToolId, string> = {
  acknowledgment: "Acknowledgment",
  impact_statement: "Impact statement",
  apology: "Apology",
  questions: "Questions and answers",
  talks: "Guided talks",
  agreements: "Agreements",
  promises: "Promises",
  checkins: "Check-ins",
  forgiveness: "Forgiveness path",
  appreciations: "Appreciations",
  time_together: "Time together",
  closeness_ladder: "Closeness ladder",
  unsent_letter: "Unsent letter",
};

/**
 * Where each tool lives in the app, once it exists. A tool without a page here is shown as coming soon,
 * so a task never leads to a broken link.
 */
const toolPaths: Partial<Record<ToolId, (spaceId: string) => string>> = {};

export function toolPath(tool: ToolId, spaceId: string): string | undefined {
  return toolPaths[tool]?.(spaceId);
}
