import { Field, type TextValueFieldProps } from "./Field.tsx";

interface Props extends TextValueFieldProps {
  maxLength?: number;
  rows?: number;
  className?: string;
}

/** A labelled text area whose hint and error are read out with it (aria-describedby). */
export function TextArea({ id, label, value, onChange, hint, error, maxLength, rows = 5, className }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(described) => (
        <textarea
          id={id}
          name={id}
          className="input text-area"
          rows={rows}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          {...described}
        />
      )}
    </Field>
  );
}
