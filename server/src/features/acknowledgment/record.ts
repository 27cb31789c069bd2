import { responseLabels } from "@mend/core/acknowledgment/contract";
import type { RecordEntry } from "@mend/core/record/contract";
import type { RecordSourceDefinition } from "../record/types.ts";
import { joinedParts } from "../record/types.ts";
import { presentOwn, presentTheirs } from "./presenters.ts";
import { statementsRepo } from "./repo.ts";

const what = { impact: "how it affected them", acknowledgment: "an acknowledgment and apology" } as const;

/** Each shared version of an impact statement or acknowledgment, and each answer to one. Drafts are never read. */
export const statementsRecord: RecordSourceDefinition = {
  id: "statements",
  async read(db, spaceId) {
    const repo = statementsRepo(db);
    const rows = {
      drafts: [],
      versions: await repo.versionsInSpace(spaceId),
      responses: await repo.responsesInSpace(spaceId),
    };
    return (side) => {
      const own = (["impact", "acknowledgment"] as const).map((kind) => ({
        owner: "you" as const,
        versions: presentOwn(side.pair, kind, rows).versions,
      }));
      const theirs = presentTheirs(side.pair, rows).map((s) => ({
        owner: "other" as const,
        versions: s.versions,
      }));
      return [...own, ...theirs].flatMap(({ owner, versions }) =>
        versions.flatMap((version): RecordEntry[] => {
          const by = side.nameOf(owner);
          const shared: RecordEntry = {
            id: `statement:${version.id}`,
            kind: "shared",
            source: "statements",
            at: version.sharedAt,
            by,
            title:
              version.number > 1
                ? `${by} shared ${what[version.kind]} (version ${version.number})`
                : `${by} shared ${what[version.kind]}`,
            text: joinedParts(Object.values(version.parts)),
          };
          const answers =
            version.kind === "acknowledgment"
              ? version.responses.map(
                  (response): RecordEntry => ({
                    id: `statement-response:${response.id}`,
                    kind: "answered",
                    source: "statements",
                    at: response.at,
                    by: side.nameOf(response.by),
                    title: `${side.nameOf(response.by)} answered ${by}'s acknowledgment: ${responseLabels[response.response]}`,
                    text: response.note ?? null,
                  }),
                )
              : [];
          return [shared, ...answers];
        }),
      );
    };
  },
};
