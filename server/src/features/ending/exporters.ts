import { acknowledgmentExporter } from "../acknowledgment/export.ts";
import { agreementsExporter, boundariesExporter } from "../agreements/export.ts";
import { amendsExporter } from "../amends/export.ts";
import { checkinsExporter } from "../checkins/export.ts";
import { appreciationsExporter, ladderExporter, timeTogetherExporter } from "../closeness/export.ts";
import { counselorNotesExporter } from "../counselor/export.ts";
import { draftsExporter } from "../drafts/export.ts";
import { forgivenessExporter, lettersExporter, reflectionsExporter } from "../forgiveness/export.ts";
import { maintenanceExporter } from "../maintenance/export.ts";
import { promisesExporter, transparencyExporter } from "../promises/export.ts";
import { questionsExporter } from "../questions/export.ts";
import { recordExporter } from "../record/export.ts";
import { privateEntriesExporter } from "../solo/export.ts";
import { talksExporter } from "../talks/export.ts";
import { reassuranceExporter, triggersExporter } from "../triggers/export.ts";
import { readinessExporter } from "./builtin-exporters.ts";
import type { Exporter } from "./export-types.ts";

/**
 * Every feature's part of a member's data export, in the order the document shows them.
 *
 * To plug a feature in: write `server/src/features/<feature>/export.ts` exporting an `Exporter`
 * (see `export-types.ts` for the privacy contract: own items, plus what the other person shared
 * with this member, never their private items), and add it to this list with one line. Its
 * section then appears in both the JSON and the PDF download. Test it with canary strings: the
 * other person's private text must never appear in this member's export.
 */
export const exporters: readonly Exporter[] = [
  recordExporter,
  readinessExporter,
  checkinsExporter,
  acknowledgmentExporter,
  amendsExporter,
  questionsExporter,
  triggersExporter,
  reassuranceExporter,
  talksExporter,
  counselorNotesExporter,
  agreementsExporter,
  boundariesExporter,
  promisesExporter,
  transparencyExporter,
  forgivenessExporter,
  reflectionsExporter,
  lettersExporter,
  appreciationsExporter,
  timeTogetherExporter,
  ladderExporter,
  maintenanceExporter,
  privateEntriesExporter,
  draftsExporter,
];
