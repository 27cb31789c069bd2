import { z } from "zod";

/** Years Mend accepts in dates people type; wide enough for any real plan, narrow enough to catch typos. */
export const earliestYear = 2000;
export const latestYear = 2200;

export const dateRangeMessage = `Give a date between the years ${earliestYear} and ${latestYear}.`;

/** The year as written: an ISO date or date-time starts with it. */
const writtenYear = (text: string) => Number(text.slice(0, 4));

const withinYears = (text: string) => {
  const year = writtenYear(text);
  return year >= earliestYear && year <= latestYear;
};

const boundedDates = new WeakSet<object>();

/** Whether a date schema came from here; a test walks every route's input and asks this of each date. */
export const isBoundedDateInput = (schema: object) => boundedDates.has(schema);

function bounded<T extends object>(schema: T): T {
  boundedDates.add(schema);
  return schema;
}

/**
 * The only way an input contract takes a date: the ISO format, and a year in range. Year 0 and other
 * years the format allows are refused here, with words a person understands, instead of by the
 * database.
 */
export const instantInput = (options: { error: string }) =>
  bounded(z.iso.datetime({ offset: true, ...options }).refine(withinYears, { error: dateRangeMessage }));

export const calendarDateInput = (options: { error: string }) =>
  bounded(z.iso.date(options).refine(withinYears, { error: dateRangeMessage }));
