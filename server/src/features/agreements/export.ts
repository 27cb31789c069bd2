import type { AgreementTermsView, BreachView } from "@mend/core/agreements/contract";
import type { Person } from "@mend/core/agreements/fields";
import type { ExportItem } from "@mend/core/ending/contract";
import { exportSpaceContext } from "../ending/export-pair.ts";
import { type Exporter, readableDate } from "../ending/export-types.ts";
import { agreementReaches, boundaryReaches } from "./context.ts";
import { presentAgreementDetail, presentBoundary } from "./presenters.ts";
import { agreementsRepo } from "./repo.ts";

type Detail = ExportItem["details"][number];

const fromOf = (person: Person) => (person === "you" ? "you" : "them");
const whose = (person: Person) =>
  person === "you" ? "You" : person === "other" ? "They" : "Someone who left";
const on = (at: string) => readableDate(new Date(at));

function termLines(terms: AgreementTermsView, prefix: string): Detail[] {
  return [
    { label: `${prefix}: what`, value: terms.what },
    { label: `${prefix}: the need behind it`, value: terms.need },
    ...(terms.consequence ? [{ label: `${prefix}: if it's broken`, value: terms.consequence }] : []),
  ];
}

function breachLines(breach: BreachView): Detail[] {
  return [
    {
      label: `${whose(breach.reportedBy)} reported a break, ${on(breach.reportedAt)}`,
      value: breach.account,
    },
    ...(breach.response
      ? [
          {
            label: `${whose(breach.response.by)} ${breach.response.response === "agreed" ? "agreed" : "saw it differently"}, ${on(breach.response.at)}`,
            value: breach.response.account ?? "",
          },
        ]
      : []),
  ];
}

/** Agreements are shared by nature: each with every version proposed, its history and any breaks. */
export const agreementsExporter: Exporter = {
  id: "agreements",
  title: "Agreements",
  async items(context) {
    const space = await exportSpaceContext(context);
    if (!space) return [];
    const bundles = await agreementsRepo(context.db).agreementsIn(context.spaceId);
    return bundles
      .filter((bundle) => agreementReaches(space, bundle))
      .map((bundle): ExportItem => {
        const agreement = presentAgreementDetail(bundle, space, context.now);
        return {
          title: agreement.terms.what,
          at: agreement.proposedAt,
          from: "together",
          visibility: "shared",
          details: [
            { label: "Proposed by", value: whose(agreement.proposedBy) },
            { label: "Where it stands", value: agreement.state.replaceAll("_", " ") },
            ...agreement.versions.flatMap((terms, index) => termLines(terms, `Version ${index + 1}`)),
            ...agreement.history.map((step) => ({
              label: `${whose(step.by)}, ${on(step.at)}`,
              value: step.note
                ? `${step.action.replaceAll("_", " ")}: ${step.note}`
                : step.action.replaceAll("_", " "),
            })),
            ...agreement.breachReports.flatMap(breachLines),
          ],
        };
      });
  },
};

/**
 * Boundaries are written to be read by the other person: both people's, every version, and
 * whether the reader said they had read it.
 */
export const boundariesExporter: Exporter = {
  id: "boundaries",
  title: "Boundaries",
  async items(context) {
    const space = await exportSpaceContext(context);
    if (!space) return [];
    const bundles = await agreementsRepo(context.db).boundariesIn(context.spaceId);
    return bundles
      .filter((bundle) => boundaryReaches(space, bundle))
      .map((bundle): ExportItem => {
        const boundary = presentBoundary(bundle, space);
        return {
          title: boundary.owner === "you" ? "Your boundary" : "Their boundary",
          at: boundary.createdAt,
          from: fromOf(boundary.owner),
          visibility: "shared",
          text: boundary.current.statement,
          details: [
            ...(boundary.retiredAt ? [{ label: "Retired on", value: on(boundary.retiredAt) }] : []),
            ...boundary.versions.flatMap((version, index): Detail[] => [
              { label: `Version ${index + 1}, ${on(version.createdAt)}`, value: version.statement },
              ...(version.why ? [{ label: `Version ${index + 1}: why`, value: version.why }] : []),
              ...(version.acknowledgedAt
                ? [{ label: `Version ${index + 1}: read`, value: on(version.acknowledgedAt) }]
                : []),
            ]),
          ],
        };
      });
  },
};
