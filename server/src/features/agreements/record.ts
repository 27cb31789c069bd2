import type { AgreementActionType } from "@mend/core/agreements/lifecycle";
import type { RecordEntry, RecordKind } from "@mend/core/record/contract";
import type { RecordSourceDefinition } from "../record/types.ts";
import { agreementReaches } from "./context.ts";
import { presentAgreementDetail } from "./presenters.ts";
import { agreementsRepo } from "./repo.ts";

/** How each step of an agreement reads in the record: what kind of entry, and its words. */
const steps: Record<AgreementActionType, { kind: RecordKind; words: string }> = {
  propose: { kind: "asked", words: "proposed an agreement" },
  counter: { kind: "answered", words: "suggested different terms for" },
  accept: { kind: "agreed", words: "accepted" },
  decline: { kind: "answered", words: "declined" },
  cancel: { kind: "answered", words: "took back their proposal for" },
  renew: { kind: "asked", words: "proposed renewing" },
  revise: { kind: "asked", words: "proposed a change to" },
  retire: { kind: "asked", words: "proposed retiring" },
  withdraw: { kind: "answered", words: "withdrew from" },
};

/** Each step both people took on an agreement, and each break reported and answered. */
export const agreementsRecord: RecordSourceDefinition = {
  id: "agreements",
  async read(db, spaceId) {
    const bundles = await agreementsRepo(db).agreementsIn(spaceId);
    return (side) =>
      bundles
        .filter((bundle) => agreementReaches(side.context, bundle))
        .flatMap((bundle) => {
          const agreement = presentAgreementDetail(bundle, side.context, side.now);
          const what = agreement.terms.what;
          const history = agreement.history.map((step): RecordEntry => {
            const by = side.nameOf(step.by);
            const { kind, words } = steps[step.action];
            return {
              id: `agreement-step:${step.id}`,
              kind,
              source: "agreements",
              at: step.at,
              by,
              title: step.action === "propose" ? `${by} ${words}: "${what}"` : `${by} ${words} "${what}"`,
              text: step.note,
            };
          });
          const breaches = agreement.breachReports.flatMap((breach): RecordEntry[] => {
            const reporter = side.nameOf(breach.reportedBy);
            const breaker = side.nameOf(breach.breachedBy);
            const report: RecordEntry = {
              id: `agreement-breach:${breach.id}`,
              kind: "missed",
              source: "agreements",
              at: breach.reportedAt,
              by: reporter,
              title: breach.selfReported
                ? `${reporter} told ${side.nameOf(breach.reportedBy === "you" ? "other" : "you")} they broke "${what}"`
                : `${reporter} reported that ${breaker} broke "${what}"`,
              text: breach.account,
            };
            if (!breach.response) return [report];
            const by = side.nameOf(breach.response.by);
            return [
              report,
              {
                id: `agreement-breach-response:${breach.id}`,
                kind: "answered",
                source: "agreements",
                at: breach.response.at,
                by,
                title:
                  breach.response.response === "agreed"
                    ? `${by} agreed that is what happened`
                    : `${by} saw the break differently`,
                text: breach.response.account,
              },
            ];
          });
          return [...history, ...breaches];
        });
  },
};
