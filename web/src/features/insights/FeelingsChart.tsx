import type { FeelingsView } from "@mend/core/insights/contract";
import {
  CartesianGrid,
  type DotItemDotProps,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { EmptyState } from "../../ui/States.tsx";
import { ChartFigure, chartColors, chartMargin, scoreAxis, still, weekAxis } from "./ChartFigure.tsx";
import { oneDecimal, weekInFull, weekLabel } from "./format.ts";

interface Props {
  title: string;
  feelings: FeelingsView;
  /** What to say while there are no ratings to draw. */
  empty: string;
}

/** A plain point for an ordinary week, a wider ring for a week that dipped. */
function WeekDot({ cx, cy, payload, index }: DotItemDotProps) {
  if (cx === undefined || cy === undefined) return null;
  const dip = (payload as { dip: boolean }).dip;
  return dip ? (
    <circle
      key={index}
      cx={cx}
      cy={cy}
      r={6}
      fill={chartColors.hollow}
      stroke={chartColors.marker}
      strokeWidth={3}
    />
  ) : (
    <circle key={index} cx={cx} cy={cy} r={3} fill={chartColors.line} />
  );
}

/** Weekly averages of "how much do you trust them right now", 0–10, with dips ringed. */
export function FeelingsChart({ title, feelings, empty }: Props) {
  if (feelings.weeks.length === 0) {
    return (
      <EmptyState title="Nothing to show yet">
        <p>{empty}</p>
      </EmptyState>
    );
  }
  const data = feelings.weeks.map((week) => ({
    label: weekLabel(week.weekOf),
    average: week.average,
    dip: week.dip === true,
  }));
  const anyDip = feelings.weeks.some((week) => week.dip);

  return (
    <ChartFigure
      title={title}
      summary={feelings.summary}
      legend={
        <ul className="chart-key">
          <li className="chart-key__item chart-key__item--line">Average for the week, 0 to 10</li>
          {anyDip && <li className="chart-key__item chart-key__item--ring">A dip: normal along the way</li>}
        </ul>
      }
      chart={
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={data} margin={chartMargin} accessibilityLayer={false}>
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis {...weekAxis} />
            <YAxis {...scoreAxis} />
            <Line dataKey="average" stroke={chartColors.line} strokeWidth={2.5} dot={WeekDot} {...still} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{title}, week by week</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Average (0–10)</th>
              <th scope="col">Ratings</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {feelings.weeks.map((week) => (
              <tr key={week.weekOf}>
                <th scope="row">{weekInFull(week.weekOf)}</th>
                <td>{oneDecimal(week.average)}</td>
                <td>{week.count}</td>
                <td>{week.dip ? "A dip" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
