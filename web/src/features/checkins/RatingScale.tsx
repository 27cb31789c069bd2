import type { ReactNode } from "react";
import { FieldMessages, messageIds } from "../../ui/Field.tsx";

interface Props {
  /** The input name, and the prefix of each input's id: `${id}-${number}`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  min: number;
  max: number;
  /** Words for the two ends, shown under the scale and read out with the first and last numbers. */
  lowLabel: string;
  highLabel: string;
  value: number | null;
  onChange: (value: number) => void;
  size?: "large" | "small";
}

/** The id of the scale's first input, which an error summary link moves focus to. */
export const firstScaleId = (id: string, min: number) => `${id}-${min}`;

/**
 * A row of numbered radio buttons: arrow keys move along it, every number is its own label, and the
 * words at the two ends are part of the first and last labels for screen readers.
 */
export function RatingScale(props: Props) {
  const { id, legend, hint, error, min, max, lowLabel, highLabel, value, onChange, size = "large" } = props;
  const { describedBy } = messageIds({ id, hint, error });
  const numbers = Array.from({ length: max - min + 1 }, (_, index) => min + index);

  return (
    <fieldset
      className={`fieldset scale scale--${size}${error ? " field--error" : ""}`}
      aria-describedby={describedBy}
    >
      <legend className="fieldset__legend">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="scale__options">
        {numbers.map((number) => {
          const inputId = `${id}-${number}`;
          const end = number === min ? lowLabel : number === max ? highLabel : null;
          return (
            <div className="scale__option" key={number}>
              <input
                className="scale__input"
                type="radio"
                id={inputId}
                name={id}
                value={number}
                checked={value === number}
                onChange={() => onChange(number)}
                aria-invalid={error ? true : undefined}
              />
              <label className="scale__number" htmlFor={inputId}>
                {number}
                {end && <span className="visually-hidden">, {end}</span>}
              </label>
            </div>
          );
        })}
      </div>
      <div className="scale__ends" aria-hidden="true">
        <span>
          {min} · {lowLabel}
        </span>
        <span>
          {max} · {highLabel}
        </span>
      </div>
    </fieldset>
  );
}
