import type { TextValueFieldProps } from "./Field.tsx";
import { InputField } from "./InputField.tsx";

const pad = (n: number) => String(n).padStart(2, "0");

/** A moment as the value of a `datetime-local` input, in the device's own time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as an instant the server understands, or null when it isn't a date and time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

interface Props extends TextValueFieldProps {
  min?: string;
  max?: string;
}

/** A labelled date and time in the device's time zone; its hint and error are read out with it. */
export function DateTimeField({ id, ...field }: Props) {
  return (
    <InputField {...field} id={id} name={id} type="datetime-local" inputClassName="input input--datetime" />
  );
}
