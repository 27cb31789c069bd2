import { reflectionTopics } from "@mend/core/forgiveness/reflections";
import { forgivenessStep } from "@mend/core/forgiveness/steps";
import type { ForgivenessStepId } from "@mend/core/method/facts";
import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, iso, readableDate } from "../ending/export-types.ts";
import { reaches } from "../spaces/pair.ts";
import { forgivenessRepo } from "./repo.ts";

const stepTitle = (step: string) => forgivenessStep(step as ForgivenessStepId).title;

export const forgivenessExporter: Exporter = {
  id: "forgiveness",
  title: "Forgiveness",
  async items(context) {
    const { db, memberId, otherMemberId } = context;
    const pair = await exportPair(context);
    const repo = forgivenessRepo(db);
    const own = (await repo.reflectionsOf(memberId)).map((row) => ({
      title: `Your reflection: ${stepTitle(row.step)}`,
      at: iso(row.createdAt),
      from: "you" as const,
      visibility: row.sharedAt ? ("shared" as const) : ("private" as const),
      text: row.text,
      details: [
        ...(row.resentment === null ? [] : [{ label: "Resentment (0–10)", value: String(row.resentment) }]),
        ...(row.sharedAt ? [{ label: "Shared on", value: readableDate(row.sharedAt) }] : []),
      ],
    }));
    const theirs =
      otherMemberId && pair
        ? (await repo.sharedBy(otherMemberId))
            .filter((row) => row.sharedAt !== null && reaches(pair, row.memberId, row.sharedAt))
            .map((row) => ({
              title: `Shared with you: ${stepTitle(row.step)}`,
              at: iso(row.sharedAt),
              from: "them" as const,
              visibility: "shared" as const,
              text: row.text,
              details: [],
            }))
        : [];
    return [...own, ...theirs];
  },
};

export const lettersExporter: Exporter = {
  id: "letters",
  title: "Unsent letters",
  async items({ db, memberId }) {
    return (await forgivenessRepo(db).lettersOf(memberId)).map((row) => ({
      title: row.sealed ? "Unsent letter" : (row.title ?? "Untitled letter"),
      at: iso(row.createdAt),
      from: "you" as const,
      visibility: "private" as const,
      ...(row.sealed
        ? { sealed: { kind: "unsent-letter" as const, itemId: row.id, envelope: row.sealed } }
        : { text: row.body ?? "" }),
      details: [{ label: "Last changed", value: readableDate(row.updatedAt) }],
    }));
  },
};

export const reflectionsExporter: Exporter = {
  id: "reflections",
  title: "Private reflections",
  async items({ db, memberId }) {
    return (await forgivenessRepo(db).privateReflectionsOf(memberId)).map((row) => {
      const topic = reflectionTopics.find((t) => t.kind === row.kind);
      const prompt = topic?.prompts.find((p) => p.id === row.promptId);
      return {
        title: topic?.title ?? "Reflection",
        at: iso(row.createdAt),
        from: "you" as const,
        visibility: "private" as const,
        ...(row.sealed
          ? { sealed: { kind: "private-reflection" as const, itemId: row.id, envelope: row.sealed } }
          : { text: row.text ?? "" }),
        details: prompt ? [{ label: "Question", value: prompt.text }] : [],
      };
    });
  },
};
