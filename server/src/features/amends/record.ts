import type { AmendAction } from "@mend/core/amends/fields";
import type { RecordEntry, RecordKind } from "@mend/core/record/contract";
import type { RecordSourceDefinition } from "../record/types.ts";
import { presentAmend } from "./presenters.ts";
import { amendsRepo } from "./repo.ts";
import { visibleAmend } from "./service.ts";

const steps: Record<AmendAction, { kind: RecordKind; words: string }> = {
  accepted: { kind: "agreed", words: "accepted the amend" },
  declined: { kind: "answered", words: "declined the amend" },
  withdrawn: { kind: "answered", words: "withdrew the amend" },
  done: { kind: "kept", words: "marked the amend made" },
  confirmed: { kind: "kept", words: "confirmed the amend was made" },
  not_yet: { kind: "answered", words: "said the amend isn't made yet" },
};

/** Each amend offered, asked for or suggested instead, and every answer, "made" and confirmation. */
export const amendsRecord: RecordSourceDefinition = {
  id: "amends",
  async read(db, spaceId) {
    const repo = amendsRepo(db);
    const rows = { amends: await repo.amendsInSpace(spaceId), steps: await repo.stepsInSpace(spaceId) };
    return (side) =>
      rows.amends
        .filter((row) => visibleAmend(side.pair, row))
        .map((row) => presentAmend(side.pair, row, rows, side.now))
        .flatMap((amend) => {
          const proposer = side.nameOf(amend.proposedBy);
          const by = amend.byDate ? ` (by ${amend.byDate})` : "";
          const proposed: RecordEntry = {
            id: `amend:${amend.id}`,
            kind: amend.counterToId ? "answered" : amend.origin === "offered" ? "promised" : "asked",
            source: "amends",
            at: amend.createdAt,
            by: proposer,
            title: amend.counterToId
              ? `${proposer} suggested a different amend${by}`
              : amend.origin === "offered"
                ? `${proposer} offered an amend${by}`
                : `${proposer} asked for an amend${by}`,
            text: amend.what,
          };
          const answers = amend.steps.map(
            (step, index): RecordEntry => ({
              id: `amend-step:${amend.id}:${index}`,
              kind: steps[step.action].kind,
              source: "amends",
              at: step.at,
              by: side.nameOf(step.by),
              title: `${side.nameOf(step.by)} ${steps[step.action].words}: "${amend.what}"`,
              text: step.note,
            }),
          );
          return [proposed, ...answers];
        });
  },
};
