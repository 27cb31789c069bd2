import { type FormEvent, useState } from "react";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { DateTimeField, fromLocalInput, toLocalInput } from "../../ui/DateTimeField.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";

export type WhenChoice = "now" | "later";

const maxAheadMs = 90 * 86_400_000;

/** "Now", or a date and time: checked here the way the server checks it. */
export function startsAtFrom(
  choice: WhenChoice | null,
  local: string,
): { startsAt: string | null } | { problem: string } {
  if (choice === null) return { problem: 'Choose "now" or a time.' };
  if (choice === "now") return { startsAt: null };
  const at = fromLocalInput(local);
  if (at === null || Date.parse(at) < Date.now() - 60_000 || Date.parse(at) > Date.now() + maxAheadMs) {
    return { problem: 'Choose a time from now up to three months ahead, or "now".' };
  }
  return { startsAt: at };
}

interface FieldsProps {
  idPrefix: string;
  legend: string;
  otherName: string;
  choice: WhenChoice | null;
  local: string;
  onChoice: (choice: WhenChoice) => void;
  onLocal: (value: string) => void;
  error?: string | undefined;
}

export function WhenFields({
  idPrefix,
  legend,
  otherName,
  choice,
  local,
  onChoice,
  onLocal,
  error,
}: FieldsProps) {
  return (
    <>
      <RadioGroup
        id={`${idPrefix}-when`}
        legend={legend}
        choices={[
          { value: "now", label: "Now", hint: `It starts as soon as ${otherName} says yes.` },
          { value: "later", label: "At a time" },
        ]}
        value={choice}
        onChange={onChoice}
        error={choice !== "later" ? error : undefined}
      />
      {choice === "later" && (
        <DateTimeField
          id={`${idPrefix}-at`}
          label="Date and time"
          value={local}
          onChange={onLocal}
          error={error}
          min={toLocalInput(new Date())}
        />
      )}
    </>
  );
}

/** Suggesting another time for a talk (during a break, this reschedules the rest of it). */
export function TimeForm({
  otherName,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  otherName: string;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (startsAt: string | null) => void;
  onCancel: () => void;
}) {
  const [choice, setChoice] = useState<WhenChoice | null>("later");
  const [local, setLocal] = useState(() => toLocalInput(new Date(Date.now() + 86_400_000)));
  const [problem, setProblem] = useState<string | null>(null);
  const serverErrors = formErrorsFrom(error);
  const message = problem ?? serverErrors.fields.startsAt ?? serverErrors.message ?? undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const result = startsAtFrom(choice, local);
    if ("problem" in result) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    onSubmit(result.startsAt);
  };

  return (
    <form className="form panel" onSubmit={submit} noValidate>
      <WhenFields
        idPrefix="another-time"
        legend="When would suit you?"
        otherName={otherName}
        choice={choice}
        local={local}
        onChoice={setChoice}
        onLocal={setLocal}
        error={message}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Sending…" : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
