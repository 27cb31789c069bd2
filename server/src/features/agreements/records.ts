import type { ConsistencyRecords } from "@mend/core/agreements/evidence";
import type { Database } from "../../db/database.ts";
import { inSequence } from "../../db/in-sequence.ts";
import { promiseRecordOf, transparencyRecordOf } from "../promises/presenters.ts";
import { promisesRepo } from "../promises/repo.ts";
import { reachesEveryone } from "../spaces/pair.ts";
import type { MemberRow } from "../spaces/repo.ts";
import { agreementRecordOf } from "./presenters.ts";
import { type AgreementBundle, agreementsRepo } from "./repo.ts";

/**
 * Everything a space's consistency is made of, as core's plain records (plus the agreements as
 * loaded). Both members read the record, so it holds only what reaches both of the `members` now in
 * the space: nothing from before one of them joined, nothing of someone who left.
 */
export async function loadConsistencyRecords(
  db: Database,
  spaceId: string,
  members: readonly Pick<MemberRow, "id" | "joinedAt">[],
): Promise<ConsistencyRecords & { agreementBundles: AgreementBundle[] }> {
  const promises = promisesRepo(db);
  const [allPromises, allActs, allAgreements] = await inSequence(
    () => promises.promisesIn(spaceId),
    () => promises.actsIn(spaceId),
    () => agreementsRepo(db).agreementsIn(spaceId),
  );
  const promiseBundles = allPromises.filter((b) =>
    reachesEveryone(members, b.promise.makerMemberId, b.promise.createdAt),
  );
  const acts = allActs.filter((a) => reachesEveryone(members, a.row.memberId, a.row.at));
  const agreementBundles = allAgreements.filter((b) =>
    reachesEveryone(members, b.agreement.proposedByMemberId, b.agreement.createdAt),
  );
  return {
    promises: promiseBundles.map(promiseRecordOf),
    transparency: acts.map(transparencyRecordOf),
    agreements: agreementBundles.map(agreementRecordOf),
    agreementBundles,
  };
}
