import type { ForgivenessPathView } from "@mend/core/forgiveness/contract";
import { resentmentScale } from "@mend/core/forgiveness/steps";
import { formatDate } from "../../ui/dates.ts";

/** Every rating given, oldest first, as a short list with a bar each: readable aloud and at a glance. */
export function ResentmentTrend({ points }: { points: ForgivenessPathView["resentment"] }) {
  return (
    <section className="section" aria-labelledby="resentment-title">
      <h2 id="resentment-title">Resentment over time</h2>
      <p className="muted">{resentmentScale.note}</p>
      {points.length === 0 ? (
        <p>
          When you give a rating with a reflection, it appears here. Some people find it helps to see the
          weeks side by side; others prefer not to rate at all. Both are fine.
        </p>
      ) : (
        <ol className="heal-trend">
          {points.map((point) => (
            <li key={point.at} className="heal-trend__row">
              <span className="heal-trend__date">{formatDate(point.at)}</span>
              <span className="heal-trend__bar" aria-hidden="true">
                <span className="heal-trend__fill" style={{ width: `${point.rating * 10}%` }} />
              </span>
              <span className="heal-trend__value">
                {point.rating}
                <span className="visually-hidden"> of 10</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
