import { statementsRecord } from "../acknowledgment/record.ts";
import { boundariesRecord } from "../agreements/boundaries-record.ts";
import { agreementsRecord } from "../agreements/record.ts";
import { amendsRecord } from "../amends/record.ts";
import { appreciationsRecord } from "../closeness/record.ts";
import { promisesRecord } from "../promises/record.ts";
import { questionsRecord } from "../questions/record.ts";
import { talksRecord } from "../talks/record.ts";
import { reassuranceRecord } from "../triggers/record.ts";
import type { RecordSourceDefinition } from "./types.ts";

/**
 * Every feature's part of the one faithful record. A feature joins with a `record.ts` presenting its
 * shared, append-only rows (see types.ts) and one line here. Check-ins and shared triggers are not
 * here on purpose: their sharing can be turned off again without telling anyone, so they are not a
 * record both people can hold on to; forgiveness, letters, reflections, the ladder and readiness are
 * a person's own.
 */
export const recordSources: readonly RecordSourceDefinition[] = [
  statementsRecord,
  questionsRecord,
  reassuranceRecord,
  agreementsRecord,
  promisesRecord,
  amendsRecord,
  boundariesRecord,
  appreciationsRecord,
  talksRecord,
];
