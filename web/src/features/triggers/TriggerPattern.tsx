import type { TriggerPatternView } from "@mend/core/triggers/contract";
import { triggerCategories, triggerCategoryLabels } from "@mend/core/triggers/fields";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import {
  axisTicks,
  ChartFigure,
  chartColors,
  chartMargin,
  still,
  weekAxis,
} from "../insights/ChartFigure.tsx";
import { oneDecimal, weekInFull, weekLabel } from "../insights/format.ts";
import { triggerPatternQuery } from "./api.ts";

const spans = [4, 12, 26, 52] as const;
const otherColor = chartColors.marker;

function summaryOf(pattern: TriggerPatternView, name: string): string {
  const told = pattern.series
    .filter((series) => series.total > 0)
    .map((series) => {
      const who = series.author === "you" ? "You logged" : `${name} shared`;
      const half = Math.floor(series.weeks.length / 2);
      const earlier = series.weeks.slice(0, half).reduce((sum, w) => sum + w.count, 0);
      const later = series.weeks.slice(half).reduce((sum, w) => sum + w.count, 0);
      // A handful of moments says little about a direction, so the trend is named only with a few more.
      const trend =
        series.total < 4
          ? ""
          : later < earlier
            ? ", fewer in recent weeks than before"
            : later > earlier
              ? ", more in recent weeks than before"
              : "";
      return `${who} ${series.total} ${series.total === 1 ? "moment" : "moments"}${trend}`;
    });
  return `${told.join("; ")} in the last ${pattern.weeks} weeks.`;
}

/** Hard moments per week, as bars for each person, with a table of the same numbers. */
export function TriggerPattern({ spaceId, otherName }: { spaceId: string; otherName: string }) {
  const [weeks, setWeeks] = useState<number>(12);
  const pattern = useQuery(triggerPatternQuery(spaceId, weeks));
  const selectId = useId();

  const controls = (
    <div className="field field--inline">
      <label className="field__label" htmlFor={selectId}>
        Show the last
      </label>
      <select
        id={selectId}
        className="select"
        value={weeks}
        onChange={(event) => setWeeks(Number(event.target.value))}
      >
        {spans.map((span) => (
          <option key={span} value={span}>
            {span} weeks
          </option>
        ))}
      </select>
    </div>
  );

  if (pattern.isPending)
    return (
      <>
        {controls}
        <LoadingState label="Drawing the pattern…" />
      </>
    );
  if (pattern.isError)
    return (
      <>
        {controls}
        <ErrorState error={pattern.error} onRetry={() => void pattern.refetch()} />
      </>
    );
  const data = pattern.data;
  const you = data.series.find((s) => s.author === "you");
  const them = data.series.find((s) => s.author === "other");
  if (data.series.every((s) => s.total === 0)) {
    return (
      <>
        {controls}
        <EmptyState title="Nothing in these weeks">
          <p>Once moments are logged, you'll see here how often they come and how strong they are.</p>
        </EmptyState>
      </>
    );
  }
  const rows =
    (you ?? them)?.weeks.map((week, i) => ({
      weekStart: week.weekStart,
      label: weekLabel(week.weekStart.slice(0, 10)),
      you: you?.weeks[i]?.count ?? 0,
      youStrength: you?.weeks[i]?.averageIntensity ?? null,
      them: them?.weeks[i]?.count ?? 0,
      themStrength: them?.weeks[i]?.averageIntensity ?? null,
    })) ?? [];
  const showYou = you !== undefined && you.total > 0;
  const showThem = them !== undefined && them.total > 0;

  return (
    <>
      {controls}
      <ChartFigure
        title="Hard moments per week"
        summary={summaryOf(data, otherName)}
        legend={
          <ul className="chart-key">
            {showYou && <li className="chart-key__item chart-key__item--you">Yours</li>}
            {showThem && <li className="chart-key__item chart-key__item--them">Shared by {otherName}</li>}
          </ul>
        }
        chart={
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={rows} margin={chartMargin} accessibilityLayer={false}>
              <CartesianGrid stroke={chartColors.grid} vertical={false} />
              <XAxis {...weekAxis} />
              <YAxis allowDecimals={false} tick={axisTicks} />
              {showYou && <Bar dataKey="you" fill={chartColors.line} {...still} />}
              {showThem && <Bar dataKey="them" fill={otherColor} {...still} />}
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table">
            <caption className="visually-hidden">Hard moments per week</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                {showYou && <th scope="col">Yours</th>}
                {showYou && <th scope="col">Your average strength (1–5)</th>}
                {showThem && <th scope="col">Shared by {otherName}</th>}
                {showThem && <th scope="col">Their average strength (1–5)</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.weekStart}>
                  <th scope="row">{weekInFull(row.weekStart.slice(0, 10))}</th>
                  {showYou && <td>{row.you}</td>}
                  {showYou && <td>{row.youStrength === null ? "–" : oneDecimal(row.youStrength)}</td>}
                  {showThem && <td>{row.them}</td>}
                  {showThem && <td>{row.themStrength === null ? "–" : oneDecimal(row.themStrength)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <details className="disclosure">
        <summary>What brought them back</summary>
        <table className="data-table">
          <caption className="visually-hidden">Hard moments by what brought them back</caption>
          <thead>
            <tr>
              <th scope="col">What brought it back</th>
              {showYou && <th scope="col">Yours</th>}
              {showThem && <th scope="col">Shared by {otherName}</th>}
            </tr>
          </thead>
          <tbody>
            {triggerCategories.map((category) => (
              <tr key={category}>
                <th scope="row">{triggerCategoryLabels[category]}</th>
                {showYou && <td>{you?.byCategory[category] ?? 0}</td>}
                {showThem && <td>{them?.byCategory[category] ?? 0}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
