import type { ToolId } from "@mend/core/method/index";
import { segment } from "../../api/client.ts";

export const toolNames: Record<ToolId, string> = {
  acknowledgment: "Acknowledgment",
  impact_statement: "Impact statement",
  apology: "Apology",
  amends: "Amends",
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
const toolPaths: Partial<Record<ToolId, (spaceId: string) => string>> = {
  checkins: (spaceId) => `/spaces/${segment(spaceId)}/checkin`,
  forgiveness: (spaceId) => `/spaces/${segment(spaceId)}/forgiveness`,
  unsent_letter: (spaceId) => `/spaces/${segment(spaceId)}/letters`,
  appreciations: (spaceId) => `/spaces/${segment(spaceId)}/appreciations`,
  time_together: (spaceId) => `/spaces/${segment(spaceId)}/time-together`,
  closeness_ladder: (spaceId) => `/spaces/${segment(spaceId)}/closeness`,
  acknowledgment: (spaceId) => `/spaces/${segment(spaceId)}/acknowledgment`,
  apology: (spaceId) => `/spaces/${segment(spaceId)}/acknowledgment`,
  amends: (spaceId) => `/spaces/${segment(spaceId)}/amends`,
  impact_statement: (spaceId) => `/spaces/${segment(spaceId)}/impact-statement`,
  questions: (spaceId) => `/spaces/${segment(spaceId)}/questions`,
  talks: (spaceId) => `/spaces/${segment(spaceId)}/talks`,
  agreements: (spaceId) => `/spaces/${segment(spaceId)}/agreements`,
  promises: (spaceId) => `/spaces/${segment(spaceId)}/promises`,
};

export function toolPath(tool: ToolId, spaceId: string): string | undefined {
  return toolPaths[tool]?.(spaceId);
}
