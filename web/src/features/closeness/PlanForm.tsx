import type { TimeTogetherIdea } from "@mend/core/closeness/ideas";
import { type FormEvent, useEffect, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useMakePlan } from "./api.ts";
import { DateField } from "./DateField.tsx";

/** Plans an idea from the library, or the person's own idea when none is given. A date is optional. */
export function PlanForm({
  spaceId,
  idea,
  onSaved,
  onCancel,
}: {
  spaceId: string;
  idea?: TimeTogetherIdea;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const make = useMakePlan(spaceId);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [saved, setSaved] = useState(false);
  const errors = formErrorsFrom(make.error);
  const prefix = idea ? `plan-${idea.id}` : "own-plan";
  const fieldIds = { title: `${prefix}-title`, plannedFor: `${prefix}-date` };

  // Opened from an idea, the form takes focus so the keyboard lands where the typing happens.
  useEffect(() => {
    if (idea) document.getElementById(fieldIds.plannedFor)?.focus();
  }, [idea, fieldIds.plannedFor]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (make.isPending) return;
    setSaved(false);
    make.mutate(
      {
        ...(idea ? { ideaId: idea.id } : { title }),
        ...(date ? { plannedFor: date } : {}),
      },
      {
        onSuccess: () => {
          setTitle("");
          setDate("");
          setSaved(true);
          onSaved?.();
        },
      },
    );
  };

  return (
    <form className="heal-form heal-plan-form" onSubmit={submit} noValidate>
      <ErrorSummary error={make.error} fieldIds={fieldIds} />
      {saved && !idea && <Notice>Added to your plans.</Notice>}
      {!idea && (
        <TextField
          id={fieldIds.title}
          label="What would you like to do?"
          value={title}
          onChange={setTitle}
          error={errors.fields.title}
          maxLength={120}
          autoComplete="off"
        />
      )}
      <DateField
        id={fieldIds.plannedFor}
        label="When (optional)"
        hint="Leave it empty if you'd rather decide later."
        value={date}
        onChange={setDate}
        error={errors.fields.plannedFor}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={make.isPending}>
          {make.isPending ? "Saving…" : "Save the plan"}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary button--small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
