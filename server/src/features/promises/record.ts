import type { RecordEntry } from "@mend/core/record/contract";
import { personOf, promiseReaches } from "../agreements/context.ts";
import type { RecordSourceDefinition } from "../record/types.ts";
import { presentPromise } from "./presenters.ts";
import { promisesRepo } from "./repo.ts";

/**
 * Each promise made, each time its maker marked it kept or missed, and the other person's answer to
 * a "kept". An occurrence nobody marked is not an entry: the record holds what people did and said.
 */
export const promisesRecord: RecordSourceDefinition = {
  id: "promises",
  async read(db, spaceId) {
    const bundles = await promisesRepo(db).promisesIn(spaceId);
    return (side) =>
      bundles
        .filter((bundle) => promiseReaches(side.context, bundle))
        .flatMap((bundle) => {
          const promise = presentPromise(bundle, side.context, side.now);
          const maker = side.nameOf(promise.maker);
          const made: RecordEntry = {
            id: `promise:${promise.id}`,
            kind: "promised",
            source: "promises",
            at: promise.createdAt,
            by: maker,
            title: `${maker} made a promise (${promise.scheduleText})`,
            text: promise.text,
          };
          const ended: RecordEntry[] = promise.endedAt
            ? [
                {
                  id: `promise-ended:${promise.id}`,
                  kind: "promised",
                  source: "promises",
                  at: promise.endedAt,
                  by: maker,
                  title: `${maker} ended the promise "${promise.text}"`,
                  text: promise.endNote,
                },
              ]
            : [];
          const marks = [...bundle.marks.values()].flatMap(({ row, response }): RecordEntry[] => {
            const kept = row.outcome === "kept";
            const mark: RecordEntry = {
              id: `promise-mark:${row.id}`,
              kind: kept ? "kept" : "missed",
              source: "promises",
              at: row.at.toISOString(),
              by: maker,
              title: `${maker} marked "${promise.text}" ${kept ? "kept" : "missed"} (${row.occurrence.replace("T", " ")})`,
              text: row.note,
            };
            if (!response) return [mark];
            const by = side.nameOf(personOf(side.context, response.memberId));
            return [
              mark,
              {
                id: `promise-response:${response.id}`,
                // A confirmed "kept" is a promise kept in both people's words; a different view is an answer.
                kind: response.response === "confirmed" ? "kept" : "answered",
                source: "promises",
                at: response.at.toISOString(),
                by,
                title:
                  response.response === "confirmed"
                    ? `${by} confirmed "${promise.text}" was kept`
                    : `${by} saw "${promise.text}" differently`,
                text: response.note,
              },
            ];
          });
          return [made, ...ended, ...marks];
        });
  },
};
