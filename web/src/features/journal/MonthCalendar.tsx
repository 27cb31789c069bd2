import { addDays, addMonths, type Day, type Month, monthOf, monthWeeks } from "@mend/core/journal/calendar";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { dayOfMonth, formatDay, formatMonth } from "./days.ts";

const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

interface Props {
  month: Month;
  onMonthChange: (month: Month) => void;
  /** How many entries each day holds; days without entries are absent. */
  counts: ReadonlyMap<Day, number>;
  today: Day;
  selected: Day | null;
  onSelect: (day: Day) => void;
}

/** Keys that move the focused day, as in a date picker: by a day, a week, to the week's ends, by a month. */
function movedBy(day: Day, key: string, shift: boolean): Day | null {
  const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
  switch (key) {
    case "ArrowLeft":
      return addDays(day, -1);
    case "ArrowRight":
      return addDays(day, 1);
    case "ArrowUp":
      return addDays(day, -7);
    case "ArrowDown":
      return addDays(day, 7);
    case "Home":
      return addDays(day, -weekday);
    case "End":
      return addDays(day, 6 - weekday);
    case "PageUp":
    case "PageDown": {
      const month = addMonths(monthOf(day), (key === "PageUp" ? -1 : 1) * (shift ? 12 : 1));
      const last = Number(addDays(`${addMonths(month, 1)}-01`, -1).slice(8));
      return `${month}-${String(Math.min(Number(day.slice(8)), last)).padStart(2, "0")}`;
    }
    default:
      return null;
  }
}

/**
 * A month of the journal: days holding entries are marked, and choosing one lists its entries.
 * One day at a time takes Tab; the arrow keys, Home, End and Page Up/Down move between days.
 */
export function MonthCalendar({ month, onMonthChange, counts, today, selected, onSelect }: Props) {
  const [focused, setFocused] = useState<Day>(() =>
    selected && monthOf(selected) === month ? selected : monthOf(today) === month ? today : `${month}-01`,
  );
  const focusDay = monthOf(focused) === month ? focused : `${month}-01`;
  const grid = useRef<HTMLTableElement>(null);
  const moving = useRef(false);

  useEffect(() => {
    if (!moving.current) return;
    moving.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focusDay}"]`)?.focus();
  }, [focusDay]);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = movedBy(focusDay, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    moving.current = true;
    setFocused(next);
    if (monthOf(next) !== month) onMonthChange(monthOf(next));
  };

  const title = `journal-month-${month}`;
  return (
    <div className="journal-calendar">
      <div className="journal-calendar__head">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onMonthChange(addMonths(month, -1))}
          aria-label={`Previous month, ${formatMonth(addMonths(month, -1))}`}
        >
          ‹
        </button>
        <h3 id={title} className="journal-calendar__title" aria-live="polite">
          {formatMonth(month)}
        </h3>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onMonthChange(addMonths(month, 1))}
          aria-label={`Next month, ${formatMonth(addMonths(month, 1))}`}
        >
          ›
        </button>
      </div>
      <table className="journal-calendar__grid" aria-labelledby={title} ref={grid} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {weekdays.map((name, index) => (
              <th key={name} scope="col" abbr={weekdayNames[index]}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const count = counts.get(day) ?? 0;
                const inMonth = monthOf(day) === month;
                const label = `${formatDay(day)}${day === today ? ", today" : ""}: ${
                  count === 0 ? "no entries" : count === 1 ? "1 entry" : `${count} entries`
                }`;
                return (
                  <td key={day}>
                    <button
                      type="button"
                      data-day={day}
                      className={[
                        "journal-day",
                        inMonth ? "" : "journal-day--outside",
                        count > 0 ? "journal-day--written" : "",
                        day === today ? "journal-day--today" : "",
                        day === selected ? "journal-day--selected" : "",
                      ]
                        .filter(Boolean)
                        .join(" ")}
                      tabIndex={day === focusDay ? 0 : -1}
                      aria-label={label}
                      aria-pressed={day === selected}
                      onClick={() => {
                        setFocused(day);
                        if (!inMonth) onMonthChange(monthOf(day));
                        onSelect(day);
                      }}
                    >
                      <span aria-hidden="true">{dayOfMonth(day)}</span>
                      {count > 0 && <span className="journal-day__mark" aria-hidden="true" />}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
