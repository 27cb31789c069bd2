/**
 * The device's offset from UTC in minutes, sent with check-ins and calendar reads so days and weeks
 * are cut where the person lives. Only the offset leaves the device, never a named time zone.
 */
export const deviceUtcOffset = () => -new Date().getTimezoneOffset();

/** A calendar date from the server (YYYY-MM-DD) as a local date, so it never shifts across midnight. */
export function localDate(isoDate: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDate.split("-").map(Number);
  return new Date(year, month - 1, day);
}
