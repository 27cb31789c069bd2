import type { ReactNode } from "react";
import { FieldMessages, messageIds } from "./Field.tsx";

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

interface GroupProps<T extends string> {
  /** The input name, and the prefix of each input's id (see `choiceId`). */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  choices: ReadonlyArray<Choice<T>>;
}

/**
 * The id of one choice's input. The double dash keeps it apart from the ids forms give the fields
 * beside a group (`review-every` next to the `review` group's "every" choice) and from the group's
 * own `-hint` and `-error`, so no two elements share an id and every label finds its own field.
 */
const choiceId = (id: string, value: string) => `${id}--${value}`;

/** The id of a group's first input, which an error summary link moves focus to. */
export const firstChoiceId = (id: string, choices: ReadonlyArray<Choice<string>>) =>
  choiceId(id, choices[0]?.value ?? "");

interface FieldsetProps<T extends string> extends GroupProps<T> {
  type: "radio" | "checkbox";
  isChecked: (value: T) => boolean;
  onToggle: (value: T, checked: boolean) => void;
}

/** A real fieldset and legend around radio buttons or checkboxes, each with its own label. */
function ChoiceFieldset<T extends string>(props: FieldsetProps<T>) {
  const { id, legend, hint, error, choices, type } = props;
  const { describedBy } = messageIds({ id, hint, error });

  return (
    <fieldset className={`fieldset${error ? " field--error" : ""}`} aria-describedby={describedBy}>
      <legend className="fieldset__legend">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className={`choices choices--${type}`}>
        {choices.map((choice) => {
          const inputId = choiceId(id, choice.value);
          const choiceHintId = choice.hint ? `${inputId}-hint` : undefined;
          return (
            <div className="choice" key={choice.value}>
              <input
                className="choice__input"
                type={type}
                id={inputId}
                name={id}
                value={choice.value}
                checked={props.isChecked(choice.value)}
                onChange={(event) => props.onToggle(choice.value, event.target.checked)}
                aria-describedby={choiceHintId}
                aria-invalid={error ? true : undefined}
              />
              <label className="choice__label" htmlFor={inputId}>
                {choice.label}
              </label>
              {choice.hint && (
                <div className="choice__hint" id={choiceHintId}>
                  {choice.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface RadioGroupProps<T extends string> extends GroupProps<T> {
  value: T | null;
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({ value, onChange, ...group }: RadioGroupProps<T>) {
  return (
    <ChoiceFieldset {...group} type="radio" isChecked={(v) => v === value} onToggle={(v) => onChange(v)} />
  );
}

interface CheckboxGroupProps<T extends string> extends GroupProps<T> {
  value: ReadonlyArray<T>;
  onChange: (value: T[]) => void;
}

export function CheckboxGroup<T extends string>({ value, onChange, ...group }: CheckboxGroupProps<T>) {
  const toggle = (changed: T, checked: boolean) => {
    const next = checked ? [...value, changed] : value.filter((v) => v !== changed);
    // Keep the order of the list, not the order of clicking.
    onChange(group.choices.map((c) => c.value).filter((v) => next.includes(v)));
  };
  return <ChoiceFieldset {...group} type="checkbox" isChecked={(v) => value.includes(v)} onToggle={toggle} />;
}
