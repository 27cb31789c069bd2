import type { TextValueFieldProps } from "../../ui/Field.tsx";
import { InputField } from "../../ui/InputField.tsx";

/** A labelled calendar date (YYYY-MM-DD); empty means "no date". */
export function DateField({ id, ...field }: TextValueFieldProps) {
  return <InputField {...field} id={id} name={id} type="date" inputClassName="input heal-date" />;
}

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "full" });

/** A calendar date from the server as a local date, so it never shifts across midnight. */
export function formatCalendarDate(isoDate: string): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split("-").map(Number);
  return dateOnly.format(new Date(year, month - 1, day));
}
