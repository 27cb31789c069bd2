import type { Day, Month } from "@mend/core/journal/calendar";

// A calendar day is the same everywhere: read at noon UTC and written in UTC, no time zone moves it.
const atNoon = (day: Day) => new Date(`${day}T12:00:00Z`);
const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthName = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });

export const formatDay = (day: Day) => longDay.format(atNoon(day));
export const formatMonth = (month: Month) => monthName.format(atNoon(`${month}-01`));
export const dayOfMonth = (day: Day) => Number(day.slice(8));
