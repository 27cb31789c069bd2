import type { ReactNode } from "react";

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--error" : ""}${props.className ? ` ${props.className}` : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
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
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
        {after}
      </div>
    </div>
  );
}
