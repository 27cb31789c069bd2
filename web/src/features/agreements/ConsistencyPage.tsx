import type { ConsistencyView, ConsistencyWeekView } from "@mend/core/agreements/consistency-contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { segment } from "../../api/client.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import {
  axisTicks,
  ChartFigure,
  chartColors,
  chartMargin,
  still,
  weekAxis,
} from "../insights/ChartFigure.tsx";
import { weekInFull, weekLabel } from "../insights/format.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { consistencyQuery } from "./api.ts";
import { FeatureNav } from "./FeatureNav.tsx";

/**
 * The chart tokens of styles/base.css, which the chart key in agreements.css uses too. Missed is a warm
 * amber, never an alarm red: this is a record, not a verdict.
 */
const barColors = {
  kept: "var(--chart-line)",
  disputed: "var(--chart-blue)",
  missed: "var(--chart-amber)",
  honoured: "var(--chart-green)",
  breaches: "var(--chart-plum)",
} as const;

const weekChoices = [4, 8, 12, 26] as const;

export function ConsistencyPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Consistency");
  useSpaceStream(spaceId);
  const [weeks, setWeeks] = useState<number>(8);
  const summary = useQuery(consistencyQuery(spaceId, weeks));

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>Consistency</h1>
      <p className="lead">
        What was promised and what happened, week by week, for both of you to see. It's a record, not a score:
        one missed week doesn't undo the ones that went well.
      </p>
      <FeatureNav spaceId={spaceId} current="consistency" />
      <div className="field field--inline consistency-range">
        <label className="field__label" htmlFor="consistency-weeks">
          Show the last
        </label>
        <select
          id="consistency-weeks"
          className="select"
          value={weeks}
          onChange={(event) => setWeeks(Number(event.target.value))}
        >
          {weekChoices.map((count) => (
            <option key={count} value={count}>
              {count} weeks
            </option>
          ))}
        </select>
      </div>
      {summary.isPending ? (
        <LoadingState label="Loading the record…" />
      ) : summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <ConsistencyFigure view={summary.data} />
      )}
    </div>
  );
}

function ConsistencyFigure({ view }: { view: ConsistencyView }) {
  if (view.people.length === 0) {
    return (
      <EmptyState title="Nothing on record yet">
        <p>{view.summary}</p>
      </EmptyState>
    );
  }
  const nameOf = (person: ConsistencyView["people"][number]) =>
    person.person === "you" ? "You" : person.displayName;
  const anyAgreements = view.people.some((p) => p.totals.honoured + p.totals.breaches > 0);

  return (
    <section className="section" aria-labelledby="consistency-title">
      <h2 id="consistency-title" className="visually-hidden">
        Week by week
      </h2>
      <ChartFigure
        title="Promises and agreements, week by week"
        summary={view.summary}
        legend={
          <ul className="chart-key">
            <li className="chart-key__item chart-key__item--kept">Kept</li>
            <li className="chart-key__item chart-key__item--disputed">Seen differently</li>
            <li className="chart-key__item chart-key__item--missed">Missed</li>
            {anyAgreements && (
              <li className="chart-key__item chart-key__item--honoured">Agreement honoured</li>
            )}
            {anyAgreements && <li className="chart-key__item chart-key__item--breached">Agreement broken</li>}
          </ul>
        }
        chart={
          <div className="consistency-charts">
            {view.people.map((person) => (
              <div key={person.person} className="consistency-chart">
                <p className="consistency-chart__who">{nameOf(person)}</p>
                <WeekBars weeks={person.weeks} showAgreements={anyAgreements} />
              </div>
            ))}
          </div>
        }
        table={
          <table className="data-table consistency-table">
            <caption className="visually-hidden">Promises and agreements, week by week</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Who</th>
                <th scope="col">Kept</th>
                <th scope="col">Confirmed</th>
                <th scope="col">Seen differently</th>
                <th scope="col">Missed</th>
                <th scope="col">Shared unasked</th>
                <th scope="col">Agreements honoured</th>
                <th scope="col">Agreements broken</th>
              </tr>
            </thead>
            <tbody>
              {view.people.flatMap((person) =>
                person.weeks.map((week) => (
                  <tr key={`${person.person}-${week.weekStart}`}>
                    <th scope="row">{weekInFull(week.weekStart)}</th>
                    <td>{nameOf(person)}</td>
                    <td>{week.kept}</td>
                    <td>{week.confirmed}</td>
                    <td>{week.disputed}</td>
                    <td>{week.missed}</td>
                    <td>{week.proactive}</td>
                    <td>{week.honoured}</td>
                    <td>
                      {week.breaches}
                      {week.selfReported > 0 && ` (${week.selfReported} owned up to)`}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        }
      />
      <p className="muted">
        {view.agreements.inForce === 0
          ? "No agreements are in place right now."
          : `${view.agreements.inForce} ${view.agreements.inForce === 1 ? "agreement is" : "agreements are"} in place`}
        {view.agreements.dueForReview > 0 && `, ${view.agreements.dueForReview} due for review`}
        {view.agreements.inForce > 0 && "."}
      </p>
    </section>
  );
}

function WeekBars({ weeks, showAgreements }: { weeks: ConsistencyWeekView[]; showAgreements: boolean }) {
  const data = weeks.map((week) => ({ ...week, label: weekLabel(week.weekStart) }));
  const most = Math.max(
    1,
    ...weeks.map((w) =>
      Math.max(w.kept + w.disputed + w.missed, showAgreements ? w.honoured + w.breaches : 0),
    ),
  );
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={data} margin={chartMargin} accessibilityLayer={false}>
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis {...weekAxis} />
        <YAxis allowDecimals={false} domain={[0, most]} tick={axisTicks} />
        <Bar dataKey="kept" stackId="promises" fill={barColors.kept} {...still} />
        <Bar dataKey="disputed" stackId="promises" fill={barColors.disputed} {...still} />
        <Bar dataKey="missed" stackId="promises" fill={barColors.missed} {...still} />
        {showAgreements && (
          <Bar dataKey="honoured" stackId="agreements" fill={barColors.honoured} {...still} />
        )}
        {showAgreements && (
          <Bar dataKey="breaches" stackId="agreements" fill={barColors.breaches} {...still} />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
