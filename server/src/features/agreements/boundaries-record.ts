import type { RecordEntry } from "@mend/core/record/contract";
import type { RecordSourceDefinition } from "../record/types.ts";
import { boundaryReaches } from "./context.ts";
import { presentBoundary } from "./presenters.ts";
import { agreementsRepo } from "./repo.ts";

/**
 * Each boundary someone set out, each change to it, the other's word that they had read it, and its
 * retirement. A boundary is its owner's to state, so it is "shared", never "agreed".
 */
export const boundariesRecord: RecordSourceDefinition = {
  id: "boundaries",
  async read(db, spaceId) {
    const bundles = await agreementsRepo(db).boundariesIn(spaceId);
    return (side) =>
      bundles
        .filter((bundle) => boundaryReaches(side.context, bundle))
        .flatMap((bundle) => {
          const boundary = presentBoundary(bundle, side.context);
          const owner = side.nameOf(boundary.owner);
          const reader = side.nameOf(boundary.owner === "you" ? "other" : "you");
          const entries = boundary.versions.flatMap((version, index): RecordEntry[] => {
            const stated: RecordEntry = {
              id: `boundary-version:${version.versionId}`,
              kind: "shared",
              source: "boundaries",
              at: version.createdAt,
              by: owner,
              title: index === 0 ? `${owner} set out a boundary` : `${owner} changed a boundary`,
              text: [version.statement, version.why].filter(Boolean).join("\n\n"),
            };
            if (!version.acknowledgedAt) return [stated];
            return [
              stated,
              {
                id: `boundary-read:${version.versionId}`,
                kind: "answered",
                source: "boundaries",
                at: version.acknowledgedAt,
                by: reader,
                title: `${reader} said they had read ${owner}'s boundary`,
                text: null,
              },
            ];
          });
          if (boundary.retiredAt) {
            entries.push({
              id: `boundary-retired:${boundary.id}`,
              kind: "shared",
              source: "boundaries",
              at: boundary.retiredAt,
              by: owner,
              title: `${owner} retired a boundary`,
              text: boundary.current.statement,
            });
          }
          return entries;
        });
  },
};
