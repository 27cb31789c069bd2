import type { RecordView, TrustBand } from "@mend/core/insights/contract";
import { plural } from "@mend/core/plural";
import { perElement } from "@mend/core/trust/elements";
import { evidenceWeight, type TrustEvidence } from "@mend/core/trust/evidence";
import type { Estimate, TrustEstimate } from "@mend/core/trust/model";
import { confidenceOf, confidenceText, stageText, trustStage } from "@mend/core/trust/stage";
import { trustTrajectory } from "@mend/core/trust/trajectory";

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The Subjective Logic opinion as a band: from belief (b) up to one minus disbelief (1 − d). */
export function bandOf(estimate: Estimate): TrustBand {
  return {
    expected: round(estimate.expected),
    low: round(estimate.belief),
    high: round(1 - estimate.disbelief),
    uncertainty: round(estimate.uncertainty),
  };
}

function bands(estimate: TrustEstimate) {
  return {
    overall: bandOf(estimate.overall),
    elements: perElement((element) => bandOf(estimate.elements[element])),
  };
}

const outOfTen = (value: number) => Math.round(value * 10);

function summaryOf(
  about: "you" | "them",
  events: number,
  current: TrustBand,
  setbacks: number,
  otherName: string,
) {
  const whose = about === "you" ? "your actions" : `what ${otherName} has done`;
  if (events === 0) {
    return about === "you"
      ? "Nothing is on record yet about your actions here. Promises kept, questions answered and agreements honoured will show here as they happen."
      : `Nothing is on record yet about what ${otherName} has done here. As promises, agreements and talks happen in Mend, this will fill in.`;
  }
  const setbackText =
    setbacks === 0
      ? ""
      : ` ${plural(setbacks, "week")} with a setback ${setbacks === 1 ? "is" : "are"} marked.`;
  return `From ${plural(events, "recorded event")}, the record of ${whose} reads about ${outOfTen(current.expected)} out of 10, and could be anywhere from ${outOfTen(current.low)} to ${outOfTen(current.high)} given how much is known so far.${setbackText}`;
}

/**
 * Weekly estimates from `from` to `now`, about one person. It describes what happened, never who
 * someone is. The stage reading speaks to someone rebuilding trust they broke, so it is only ever
 * given to that person, about their own record (`withStage`).
 */
export function recordView(
  events: readonly TrustEvidence[],
  about: "you" | "them",
  range: { from: Date; to: Date },
  otherName: string,
  withStage = false,
): RecordView {
  const trajectory = trustTrajectory(events, { from: range.from, to: range.to, stepDays: 7 });
  const points = trajectory.map((point) => ({
    at: point.at.toISOString(),
    ...bands(point.estimate),
    ...(point.setback === undefined
      ? {}
      : {
          setback: {
            kinds: [...point.setback.kinds],
            elements: [...point.setback.elements],
            sourceIds: [...point.setback.sourceIds],
          },
        }),
  }));
  const last = trajectory.at(-1);
  if (last === undefined) throw new Error("a trajectory always has a point at its end");
  const counted = events.filter(
    (event) => event.at.getTime() <= range.to.getTime() && evidenceWeight(event) > 0,
  ).length;
  const current = bands(last.estimate);
  const confidence = confidenceOf(last.estimate.overall);
  const view: RecordView = {
    about,
    events: counted,
    points,
    current: { ...current, confidence, confidenceText: confidenceText[confidence] },
    summary: summaryOf(about, counted, current.overall, points.filter((p) => p.setback).length, otherName),
  };
  if (about === "you" && withStage) {
    const reading = trustStage(last.estimate);
    view.stage = {
      stage: reading.stage,
      ...stageText[reading.stage],
      established: reading.established,
      workingOn: reading.workingOn,
      complete: reading.complete,
    };
  }
  return view;
}
