import type { Database } from "../../db/database.ts";
import { lettersService } from "./letters-service.ts";
import { privateReflectionsService } from "./reflections-service.ts";
import { forgivenessStepsService } from "./steps-service.ts";

/** Forgiveness and letting go: the five steps, unsent letters, and private reflections. */
export function forgivenessService(deps: { db: Database; clock: () => Date }) {
  return {
    steps: forgivenessStepsService(deps),
    letters: lettersService(deps),
    reflections: privateReflectionsService(deps),
  };
}

export type ForgivenessService = ReturnType<typeof forgivenessService>;
