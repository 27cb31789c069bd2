import fs from "node:fs";
import { parseSafetyResourcesJson, type SafetyResources } from "@mend/core/safety/index";
import { paths } from "../../paths.ts";

export const defaultSafetyResourcesFile = paths.bundledSafetyResources;

/**
 * Operators keep help lines current for the countries they serve by editing one JSON file
 * (MEND_SAFETY_RESOURCES). A mistake in it stops the server at start, with the field named,
 * rather than showing someone in danger a broken list.
 */
export function loadSafetyResources(file = defaultSafetyResourcesFile): SafetyResources {
  const parsed = parseSafetyResourcesJson(fs.readFileSync(file, "utf8"));
  if (!parsed.ok) {
    throw new Error(`The safety resources file ${file} is not valid:\n  ${parsed.errors.join("\n  ")}`);
  }
  return parsed.resources;
}
