import type { ComponentProps } from "react";
import { Field, type TextValueFieldProps } from "./Field.tsx";

type InputAttributes = Omit<ComponentProps<"input">, "id" | "value" | "onChange" | "className" | "children">;

interface Props extends InputAttributes, TextValueFieldProps {
  /** The input's own classes, which say what kind of value it takes (its width, mostly). */
  inputClassName: string;
  /** Classes added to the field around the label and input. */
  fieldClassName?: string;
}

/** A labelled input of any type, with its hint and error read out with it. */
export function InputField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  inputClassName,
  fieldClassName,
  ...input
}: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      {(described) => (
        <input
          {...input}
          id={id}
          className={inputClassName}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...described}
        />
      )}
    </Field>
  );
}
