import type { InsightsView } from "@mend/core/insights/contract";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { axisTicks, ChartFigure, chartColors, chartMargin, still, weekAxis } from "./ChartFigure.tsx";
import { oneDecimal, weekInFull, weekLabel } from "./format.ts";

type Conversation = InsightsView["conversation"];

const title = "Helpful and hard moments in what you shared";

/** Helpful against hard moments the coach noted, week by week, side by side. */
export function ConversationChart({ conversation }: { conversation: Conversation }) {
  const data = conversation.weeks.map((week) => ({
    label: weekLabel(week.weekOf),
    helpful: week.helpful,
    harmful: week.harmful,
  }));
  return (
    <ChartFigure
      title={title}
      summary={conversation.summary}
      legend={
        <ul className="chart-key">
          <li className="chart-key__item chart-key__item--helpful">Helpful moments</li>
          <li className="chart-key__item chart-key__item--hard">Hard moments</li>
        </ul>
      }
      chart={
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={chartMargin} accessibilityLayer={false}>
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis {...weekAxis} />
            <YAxis allowDecimals={false} tick={axisTicks} />
            <Bar dataKey="helpful" fill={chartColors.line} {...still} />
            <Bar dataKey="harmful" fill={chartColors.marker} {...still} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">
            {title}, week by week. A steady relationship tends to have about{" "}
            {oneDecimal(conversation.referenceRatio)} helpful moments for each hard one.
          </caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Helpful</th>
              <th scope="col">Hard</th>
              <th scope="col">In words</th>
            </tr>
          </thead>
          <tbody>
            {conversation.weeks.map((week) => (
              <tr key={week.weekOf}>
                <th scope="row">{weekInFull(week.weekOf)}</th>
                <td>{week.helpful}</td>
                <td>{week.harmful}</td>
                <td>{week.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
