import type { Person } from "@mend/core/agreements/fields";
import type { ExportItem } from "@mend/core/ending/contract";
import { personOf, promiseReaches, type SpaceContext } from "../agreements/context.ts";
import { exportSpaceContext } from "../ending/export-pair.ts";
import { type Exporter, readableDate } from "../ending/export-types.ts";
import { reaches } from "../spaces/pair.ts";
import { presentAct, presentPromise } from "./presenters.ts";
import { type MarkRow, promisesRepo, type ResponseRow } from "./repo.ts";

type Detail = ExportItem["details"][number];

const fromOf = (person: Person) => (person === "you" ? "you" : "them");
const whose = (person: Person) =>
  person === "you" ? "You" : person === "other" ? "They" : "Someone who left";

const answerLine = (
  by: Person,
  response: { response: "confirmed" | "disputed"; note: string | null; at: string },
) => ({
  label: `${whose(by)} ${response.response === "confirmed" ? "confirmed it" : "saw it differently"}, ${readableDate(new Date(response.at))}`,
  value: response.note ?? "",
});

function markLines(
  space: SpaceContext,
  maker: Person,
  mark: MarkRow,
  response: ResponseRow | undefined,
): Detail[] {
  return [
    {
      label: `${whose(maker)} marked it ${mark.outcome}, ${readableDate(mark.at)}`,
      value: mark.note ?? "",
    },
    ...(response
      ? [
          answerLine(personOf(space, response.memberId), {
            response: response.response as "confirmed" | "disputed",
            note: response.note,
            at: response.at.toISOString(),
          }),
        ]
      : []),
  ];
}

/**
 * Promises both people can see, with every time one was marked and how the other answered.
 * The calendar feed and its link are the member's device settings, not part of the record.
 */
export const promisesExporter: Exporter = {
  id: "promises",
  title: "Promises",
  async items(context) {
    const space = await exportSpaceContext(context);
    if (!space) return [];
    const bundles = await promisesRepo(context.db).promisesIn(context.spaceId);
    return bundles
      .filter((bundle) => promiseReaches(space, bundle))
      .map((bundle): ExportItem => {
        const promise = presentPromise(bundle, space, context.now);
        return {
          title: promise.maker === "you" ? "A promise you made" : "A promise they made",
          at: promise.createdAt,
          from: fromOf(promise.maker),
          visibility: "shared",
          text: promise.text,
          details: [
            { label: "When", value: promise.scheduleText },
            ...(promise.endedAt
              ? [{ label: "Ended on", value: readableDate(new Date(promise.endedAt)) }]
              : []),
            ...(promise.endNote ? [{ label: "Why it ended", value: promise.endNote }] : []),
            { label: "Kept", value: String(promise.counts.kept) },
            { label: "Missed", value: String(promise.counts.missed) },
            ...[...bundle.marks.values()].flatMap(({ row, response }) =>
              markLines(space, promise.maker, row, response),
            ),
          ],
        };
      });
  },
};

/** Things one person chose to be open about, and how the other answered. */
export const transparencyExporter: Exporter = {
  id: "transparency",
  title: "Openness",
  async items(context) {
    const space = await exportSpaceContext(context);
    if (!space) return [];
    const acts = await promisesRepo(context.db).actsIn(context.spaceId);
    return acts
      .filter((answered) => reaches(space, answered.row.memberId, answered.row.at))
      .map((answered): ExportItem => {
        const act = presentAct(answered, space);
        const responder = answered.response ? personOf(space, answered.response.memberId) : undefined;
        return {
          title: act.by === "you" ? "Something you were open about" : "Something they were open about",
          at: act.at,
          from: fromOf(act.by),
          visibility: "shared",
          ...(act.note ? { text: act.note } : {}),
          details: act.response && responder ? [answerLine(responder, act.response)] : [],
        };
      });
  },
};
