import { z } from "zod";
import { people, timeZoneField } from "./fields.ts";

export const maxSummaryWeeks = 52;

export const consistencyQuery = z.strictObject({
  weeks: z.coerce
    .number({ error: `Give the number of weeks, from 1 to ${maxSummaryWeeks}.` })
    .int({ error: `Give the number of weeks, from 1 to ${maxSummaryWeeks}.` })
    .min(1, { error: `Give the number of weeks, from 1 to ${maxSummaryWeeks}.` })
    .max(maxSummaryWeeks, { error: `Give the number of weeks, from 1 to ${maxSummaryWeeks}.` })
    .default(8),
  /** The reader's zone, for where weeks begin (Monday); UTC when not given. */
  timeZone: timeZoneField.optional(),
});
export type ConsistencyQuery = z.infer<typeof consistencyQuery>;

const counts = {
  kept: z.number(),
  confirmed: z.number(),
  disputed: z.number(),
  missed: z.number(),
  proactive: z.number(),
  honoured: z.number(),
  breaches: z.number(),
  selfReported: z.number(),
};

export const activityCountsView = z.object(counts);

export const consistencyWeekView = z.object({ weekStart: z.string(), ...counts });
export type ConsistencyWeekView = z.infer<typeof consistencyWeekView>;

export const consistencyView = z.object({
  timeZone: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  /** One row per person with anything to show: both charts and the table view read the same rows. */
  people: z.array(
    z.object({
      person: z.enum(people),
      displayName: z.string(),
      weeks: z.array(consistencyWeekView),
      totals: activityCountsView,
    }),
  ),
  agreements: z.object({ inForce: z.number(), dueForReview: z.number() }),
  /** One plain sentence for both people. */
  summary: z.string(),
});
export type ConsistencyView = z.infer<typeof consistencyView>;
