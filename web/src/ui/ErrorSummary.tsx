import { useEffect, useRef } from "react";
import { type FormErrors, formErrorsFrom } from "./form-errors.ts";

interface Props {
  /** The error of the last failed submission (the same object until the next one), or null. */
  error?: unknown;
  /** Problems found by the page itself, before anything was sent; used instead of `error` when given. */
  errors?: FormErrors;
  /** Field name → the id of its input (or first input), in the order the fields appear. */
  fieldIds: Record<string, string>;
  /** The heading shown when there are field problems. */
  title?: string;
}

/**
 * The list of problems at the top of a form after a failed submission. It takes focus so keyboard and
 * screen-reader users hear what went wrong, and each item moves focus to the field it is about.
 */
export function ErrorSummary({
  error,
  errors: given,
  fieldIds,
  title = "Please check the details below",
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const errors = given ?? formErrorsFrom(error);
  const entries = Object.keys(fieldIds).flatMap((name) => {
    const message = errors.fields[name];
    return message ? [{ name, message }] : [];
  });
  const hasProblems = errors.message !== null || entries.length > 0;

  // Focus moves here when a new set of problems appears, never on the re-renders that typing causes.
  // A server error is the same object until the next submission; problems found locally are compared by content.
  const problemsKey = hasProblems ? (given ? JSON.stringify(given) : error) : null;
  useEffect(() => {
    if (problemsKey) ref.current?.focus();
  }, [problemsKey]);

  if (!hasProblems) return null;

  const focusField = (name: string) => {
    const id = fieldIds[name];
    const element = id ? document.getElementById(id) : null;
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  };

  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {entries.length > 0 ? title : "That didn't work"}
      </h2>
      {errors.message && <p>{errors.message}</p>}
      {entries.length > 0 && (
        <ul className="error-summary__list">
          {entries.map(({ name, message }) => (
            <li key={name}>
              <button type="button" className="link-button" onClick={() => focusField(name)}>
                {message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
