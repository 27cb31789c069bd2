import { type ReactNode, useId, useState } from "react";
import { ScrollRegion } from "../../ui/ScrollRegion.tsx";

/** The chart tokens of styles/base.css, so every chart follows the light or dark theme. */
export const chartColors = {
  line: "var(--chart-line)",
  band: "var(--chart-band)",
  marker: "var(--chart-marker)",
  grid: "var(--chart-grid)",
  axis: "var(--chart-axis)",
  /** The inside of a ring marker: the card the chart is drawn on. */
  hollow: "var(--surface)",
} as const;

/** Keeps charts still: they are read, not watched, and motion can unsettle. */
export const still = { isAnimationActive: false } as const;

/** Axis text every chart shares. */
export const axisTicks = { fill: chartColors.axis, fontSize: 12 } as const;

/** The x axis of a week-by-week chart: short week labels, thinned out on a narrow screen. */
export const weekAxis = {
  dataKey: "label",
  tick: axisTicks,
  interval: "preserveStartEnd",
  minTickGap: 16,
} as const;

/** The y axis of a 0–10 rating, marked at its ends and middle. */
export const scoreAxis: { domain: [number, number]; ticks: number[]; tick: typeof axisTicks } = {
  domain: [0, 10],
  ticks: [0, 5, 10],
  tick: axisTicks,
};

/** Room around a chart's drawing; the negative left margin pulls the y axis labels to the edge. */
export const chartMargin = { top: 8, right: 12, bottom: 0, left: -24 } as const;

interface Props {
  title: string;
  /** One plain sentence saying what the chart shows; the figure's caption. */
  summary: ReactNode;
  /** A short key to the marks in the chart, under the caption. */
  legend?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}

/**
 * A chart with its one-sentence summary as caption and a button that swaps it for a real table. The
 * drawing itself is hidden from screen readers, which get the caption and can open the table.
 */
export function ChartFigure({ title, summary, legend, chart, table }: Props) {
  const [asTable, setAsTable] = useState(false);
  const captionId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__caption">
        <span className="visually-hidden">{title}: </span>
        {summary}
      </figcaption>
      {legend && !asTable && (
        <div className="chart__legend" aria-hidden="true">
          {legend}
        </div>
      )}
      {asTable ? (
        <ScrollRegion label={title}>{table}</ScrollRegion>
      ) : (
        <div className="chart__drawing" aria-hidden="true">
          {chart}
        </div>
      )}
      <button type="button" className="link-button chart__toggle" onClick={() => setAsTable((on) => !on)}>
        {asTable ? "Show as chart" : "Show as table"}
        <span className="visually-hidden">: {title}</span>
      </button>
    </figure>
  );
}
