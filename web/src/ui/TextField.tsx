import type { ReactNode } from "react";
import { Field, type TextValueFieldProps } from "./Field.tsx";

interface Props extends TextValueFieldProps {
  label: string;
  type?: "text" | "email" | "password" | "url";
  autoComplete?: string;
  maxLength?: number;
  spellCheck?: boolean;
  autoCapitalize?: "off" | "words" | "sentences";
  readOnly?: boolean;
  /** Extra controls shown after the input (for example, "Show password"). */
  after?: ReactNode;
  className?: string;
}

/** A labelled text input whose hint and error are read out with it (aria-describedby). */
export function TextField(props: Props) {
  const { id, label, value, onChange, hint, error, type = "text", after } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error} className={props.className}>
      {(described) => (
        <div className="field__control">
          <input
            id={id}
            name={id}
            className="input"
            type={type}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            autoComplete={props.autoComplete}
            maxLength={props.maxLength}
            spellCheck={props.spellCheck}
            autoCapitalize={props.autoCapitalize}
            readOnly={props.readOnly}
            {...described}
          />
          {after}
        </div>
      )}
    </Field>
  );
}
