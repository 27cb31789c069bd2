import type { ReactNode } from "react";

interface Messages {
  /** The field's id; its hint and error take their ids from it. */
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** The ids of a field's hint and error, and both together for `aria-describedby`. */
export function messageIds({ id, hint, error }: Messages) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, describedBy };
}

/** An error under a field's label or legend; "Error:" is said first for screen-reader users. */
export function FieldError({ id, children }: { id?: string | undefined; children: ReactNode }) {
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Error: </span>
      {children}
    </p>
  );
}

/** A field's hint and then its error, between its label (or legend) and what is filled in. */
export function FieldMessages(props: Messages) {
  const { hintId, errorId } = messageIds(props);
  return (
    <>
      {props.hint && (
        <div className="field__hint" id={hintId}>
          {props.hint}
        </div>
      )}
      {props.error && <FieldError id={errorId}>{props.error}</FieldError>}
    </>
  );
}

/** The attributes that make a control read out its hint and error, and say when it is wrong. */
export interface ControlDescription {
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

/** What every labelled field that edits one piece of text takes. */
export interface TextValueFieldProps extends Messages {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
}

interface FieldProps extends Messages {
  label: ReactNode;
  className?: string | undefined;
  /** The control, given the attributes that tie it to the hint and error. Its id must be the field's id. */
  children: (described: ControlDescription) => ReactNode;
}

/** One labelled control with its hint and error above it. */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const { describedBy } = messageIds({ id, hint, error });
  return (
    <div className={`field${error ? " field--error" : ""}${className ? ` ${className}` : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({ "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
    </div>
  );
}
