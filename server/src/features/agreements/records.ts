import type { ConsistencyRecords } from "@mend/core/agreements/evidence";
import type { Database } from "../../db/database.ts";
import { inSequence } from "../../db/in-sequence.ts";
import { promiseRecordOf, transparencyRecordOf } from "../promises/presenters.ts";
import { promisesRepo } from "../promises/repo.ts";
import { agreementRecordOf } from "./presenters.ts";
import { type AgreementBundle, agreementsRepo } from "./repo.ts";

/** Everything a space's consistency is made of, as core's plain records (plus the agreements as loaded). */
export async function loadConsistencyRecords(
  db: Database,
  spaceId: string,
): Promise<ConsistencyRecords & { agreementBundles: AgreementBundle[] }> {
  const promises = promisesRepo(db);
  const [promiseBundles, acts, agreementBundles] = await inSequence(
    () => promises.promisesIn(spaceId),
    () => promises.actsIn(spaceId),
    () => agreementsRepo(db).agreementsIn(spaceId),
  );
  return {
    promises: promiseBundles.map(promiseRecordOf),
    transparency: acts.map(transparencyRecordOf),
    agreements: agreementBundles.map(agreementRecordOf),
    agreementBundles,
  };
}
