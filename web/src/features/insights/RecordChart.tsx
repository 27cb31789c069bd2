import type { RecordView } from "@mend/core/insights/contract";
import { trustElements, trustElementText } from "@mend/core/trust/elements";
import type { EvidenceKind } from "@mend/core/trust/evidence";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from "recharts";
import { EmptyState } from "../../ui/States.tsx";
import { listInWords } from "../checkins/SharingSummary.tsx";
import { ChartFigure, chartColors, chartMargin, scoreAxis, still, weekAxis } from "./ChartFigure.tsx";
import { dayInFull, dayLabel, oneDecimal, outOfTen } from "./format.ts";

/** What happened, in a few words, for the setbacks a chart marks. */
const evidenceWords: Record<EvidenceKind, string> = {
  promise_kept: "a promise kept",
  promise_missed: "a promise missed",
  promise_disputed: "a promise you saw differently",
  agreement_honoured: "an agreement honoured",
  agreement_breached: "an agreement broken",
  agreement_self_reported: "a slip owned up to",
  deception_discovered: "something hidden came to light",
  question_answered: "a question answered",
  question_overdue: "a question left waiting",
  acknowledgment_accepted: "an acknowledgment accepted",
  proactive_transparency: "openness offered unasked",
  reassurance_helped: "reassurance that helped",
  reassurance_unanswered: "a request for reassurance left unanswered",
  need_met: "a need met",
  amend_made: "an amend made",
  amend_late: "an amend left past its date",
};

type Setback = NonNullable<RecordView["points"][number]["setback"]>;

function setbackInWords(setback: Setback): string {
  const what = listInWords(setback.kinds.map((kind) => evidenceWords[kind]));
  const parts = listInWords(setback.elements.map((element) => trustElementText[element].label.toLowerCase()));
  return parts ? `${what} (${parts})` : what;
}

interface Props {
  title: string;
  record: RecordView;
}

/**
 * The estimate from what is on record, as a band of what is plausible with the best reading inside
 * it. Setbacks are marked where they happened. With nothing on record, no chart is drawn: a wide
 * band around the middle would look like a judgement when it is only an absence of evidence.
 */
export function RecordChart({ title, record }: Props) {
  if (record.events === 0) {
    return (
      <EmptyState title="Nothing on record yet">
        <p>{record.summary}</p>
      </EmptyState>
    );
  }
  const data = record.points.map((point) => ({
    label: dayLabel(point.at),
    band: [outOfTen(point.overall.low), outOfTen(point.overall.high)],
    expected: outOfTen(point.overall.expected),
    setback: point.setback ? outOfTen(point.overall.expected) : null,
  }));
  const anySetback = record.points.some((point) => point.setback);

  return (
    <>
      <ChartFigure
        title={title}
        summary={record.summary}
        legend={
          <ul className="chart-key">
            <li className="chart-key__item chart-key__item--band">Where it could plausibly be</li>
            <li className="chart-key__item chart-key__item--line">Best reading, 0 to 10</li>
            {anySetback && <li className="chart-key__item chart-key__item--triangle">A setback</li>}
          </ul>
        }
        chart={
          <ResponsiveContainer width="100%" height={220}>
            <ComposedChart data={data} margin={chartMargin} accessibilityLayer={false}>
              <CartesianGrid stroke={chartColors.grid} vertical={false} />
              <XAxis {...weekAxis} />
              <YAxis {...scoreAxis} />
              <Area dataKey="band" fill={chartColors.band} fillOpacity={1} stroke="none" {...still} />
              <Line dataKey="expected" stroke={chartColors.line} strokeWidth={2.5} dot={false} {...still} />
              <Scatter dataKey="setback" fill={chartColors.marker} shape="triangle" {...still} />
            </ComposedChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table">
            <caption className="visually-hidden">{title}, week by week</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Best reading (0–10)</th>
                <th scope="col">Could be anywhere from</th>
                <th scope="col">Setback</th>
              </tr>
            </thead>
            <tbody>
              {record.points.map((point) => (
                <tr key={point.at}>
                  <th scope="row">{dayInFull(point.at)}</th>
                  <td>{oneDecimal(outOfTen(point.overall.expected))}</td>
                  <td>
                    {oneDecimal(outOfTen(point.overall.low))} to {oneDecimal(outOfTen(point.overall.high))}
                  </td>
                  <td>{point.setback ? setbackInWords(point.setback) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p className="muted">{record.current.confidenceText}</p>
      <details className="disclosure">
        <summary>By part of trust</summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}: each part of trust now</caption>
          <thead>
            <tr>
              <th scope="col">Part of trust</th>
              <th scope="col">Best reading (0–10)</th>
              <th scope="col">Could be anywhere from</th>
            </tr>
          </thead>
          <tbody>
            {trustElements.map((element) => {
              const band = record.current.elements[element];
              return (
                <tr key={element}>
                  <th scope="row">{trustElementText[element].label}</th>
                  <td>{oneDecimal(outOfTen(band.expected))}</td>
                  <td>
                    {oneDecimal(outOfTen(band.low))} to {oneDecimal(outOfTen(band.high))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </>
  );
}
