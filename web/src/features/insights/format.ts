import { localDate } from "../checkins/calendar.ts";

const dayMonth = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
const fullDay = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", year: "numeric" });

/** A week named by its Monday, short enough for a chart axis ("21 Sep"). */
export const weekLabel = (weekOf: string) => dayMonth.format(localDate(weekOf));
/** The same week in full, for tables and screen readers ("week of 21 September 2026"). */
export const weekInFull = (weekOf: string) => `Week of ${fullDay.format(localDate(weekOf))}`;
/** An instant as a short day for chart axes. */
export const dayLabel = (iso: string) => dayMonth.format(new Date(iso));
export const dayInFull = (iso: string) => fullDay.format(new Date(iso));

/** One decimal at most, without a trailing ".0". */
export const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

/** A 0–1 estimate on the 0–10 scale people rate on. */
export const outOfTen = (share: number) => Math.round(share * 100) / 10;
