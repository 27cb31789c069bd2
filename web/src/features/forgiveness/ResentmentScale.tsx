import { resentmentScale } from "@mend/core/forgiveness/steps";
import { FieldError } from "../../ui/Field.tsx";

const ratings = Array.from({ length: 11 }, (_, rating) => rating);

interface Props {
  id: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
}

/** An optional 0–10 rating, for the person alone: never a score, never shown to anyone else. */
export function ResentmentScale({ id, value, onChange, error }: Props) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={`fieldset heal-scale${error ? " field--error" : ""}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
    >
      <legend className="fieldset__legend">
        {resentmentScale.question} <span className="heal-optional">(optional)</span>
      </legend>
      <p className="field__hint" id={hintId}>
        {resentmentScale.note}
      </p>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <div className="heal-scale__options">
        {ratings.map((rating) => {
          const inputId = `${id}-${rating}`;
          const ends = rating === 0 ? resentmentScale.low : rating === 10 ? resentmentScale.high : null;
          return (
            <span className="heal-scale__option" key={rating}>
              <input
                className="heal-scale__input"
                type="radio"
                id={inputId}
                name={id}
                value={rating}
                checked={value === rating}
                onChange={() => onChange(rating)}
              />
              <label className="heal-scale__number" htmlFor={inputId}>
                {rating}
                {ends && <span className="visually-hidden">, {ends}</span>}
              </label>
            </span>
          );
        })}
      </div>
      <div className="heal-scale__ends" aria-hidden="true">
        <span>0: {resentmentScale.low}</span>
        <span>10: {resentmentScale.high}</span>
      </div>
      {value !== null && (
        <button type="button" className="link-button heal-scale__clear" onClick={() => onChange(null)}>
          Leave the rating out
        </button>
      )}
    </fieldset>
  );
}
