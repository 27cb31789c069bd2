import { distressEmotions, type Emotion, emotionLabels, emotions } from "@mend/core/checkins/fields";
import type { EmotionsMap } from "@mend/core/insights/contract";
import { ScrollRegion } from "../../ui/ScrollRegion.tsx";
import { EmptyState } from "../../ui/States.tsx";
import { oneDecimal, weekInFull, weekLabel } from "./format.ts";

const isDistress = (emotion: Emotion) => (distressEmotions as readonly Emotion[]).includes(emotion);

interface Props {
  title: string;
  map: EmotionsMap;
  empty: string;
}

/**
 * Feelings by week as a table: a row per feeling, a column per week, each cell shaded by how strong
 * the feeling was on average. Being a real table, it reads well without the colours.
 */
export function EmotionHeatMap({ title, map, empty }: Props) {
  const noted = emotions.filter((emotion) => map.weeks.some((week) => week.emotions[emotion]));
  if (noted.length === 0) {
    return (
      <EmptyState title="Nothing to show yet">
        <p>{empty}</p>
      </EmptyState>
    );
  }
  return (
    <figure className="heat-map">
      <figcaption className="chart__caption">{map.summary}</figcaption>
      <ScrollRegion label={title}>
        <table className="heat-map__table">
          <caption className="visually-hidden">
            {title}: how strong each feeling was on average, from 1 (a little) to 5 (very strong), week by
            week
          </caption>
          <thead>
            <tr>
              <th scope="col" className="heat-map__corner">
                Feeling
              </th>
              {map.weeks.map((week) => (
                <th scope="col" key={week.weekOf} className="heat-map__week">
                  <span aria-hidden="true">{weekLabel(week.weekOf)}</span>
                  <span className="visually-hidden">{weekInFull(week.weekOf)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {noted.map((emotion) => (
              <tr key={emotion}>
                <th scope="row" className="heat-map__feeling">
                  {emotionLabels[emotion]}
                </th>
                {map.weeks.map((week) => {
                  const cell = week.emotions[emotion];
                  if (!cell) {
                    return (
                      <td key={week.weekOf} className="heat-map__cell">
                        <span className="visually-hidden">
                          {week.checkins === 0 ? "No check-ins" : "Not noted"}
                        </span>
                      </td>
                    );
                  }
                  const level = Math.min(5, Math.max(1, Math.round(cell.average)));
                  const tone = isDistress(emotion) ? "heavy" : "light";
                  return (
                    <td key={week.weekOf} className={`heat-map__cell heat--${tone}-${level}`}>
                      {oneDecimal(cell.average)}
                      <span className="visually-hidden">
                        {" "}
                        on {cell.days} {cell.days === 1 ? "day" : "days"}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="heat-map__key" aria-hidden="true">
        <span className="heat-map__key-item">
          <span className="heat-map__swatch heat--heavy-4" /> Painful feelings
        </span>
        <span className="heat-map__key-item">
          <span className="heat-map__swatch heat--light-4" /> Hopeful feelings
        </span>
        <span className="heat-map__key-item">
          The stronger the feeling, the bolder the colour, from 1 to 5
        </span>
      </p>
    </figure>
  );
}
