import type { TimeTogetherIdea } from "@mend/core/closeness/ideas";
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextField } from "../../ui/TextField.tsx";
import { useMakePlan } from "./api.ts";
import { DateField } from "./DateField.tsx";

/** Plans an idea from the library, or the person's own idea when none is given. A date is optional. */
export function PlanForm({
  spaceId,
  idea,
  onDone,
}: {
  spaceId: string;
  idea?: TimeTogetherIdea;
  onDone?: () => void;
}) {
  const make = useMakePlan(spaceId);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const errors = formErrorsFrom(make.error);
  const prefix = idea ? `plan-${idea.id}` : "own-plan";
  const fieldIds = { title: `${prefix}-title`, plannedFor: `${prefix}-date` };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (make.isPending) return;
    make.mutate(
      {
        ...(idea ? { ideaId: idea.id } : { title }),
        ...(date ? { plannedFor: date } : {}),
      },
      {
        onSuccess: () => {
          setTitle("");
          setDate("");
          onDone?.();
        },
      },
    );
  };

  return (
    <form className="heal-form heal-plan-form" onSubmit={submit} noValidate>
      <ErrorSummary error={make.error} fieldIds={fieldIds} />
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
        {onDone && (
          <button type="button" className="button button--secondary button--small" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
