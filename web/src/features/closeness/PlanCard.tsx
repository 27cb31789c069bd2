import type { PlanView } from "@mend/core/closeness/contract";
import type { PlanStatus } from "@mend/core/closeness/time-together";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextField } from "../../ui/TextField.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useChangePlan, useMarkPlanDone, useReflectOnPlan, useSetPlanAside } from "./api.ts";
import { DateField, formatCalendarDate } from "./DateField.tsx";

const statusLabels: Record<PlanStatus, string> = { planned: "Planned", done: "Done", set_aside: "Set aside" };

const errorText = (error: unknown) =>
  error ? (isApiError(error) ? error.message : "That didn't work. Please try again.") : null;

type Version = PlanView["history"][number];

function whatHappened(version: Version, previous: Version | undefined): string {
  if (!previous) return "planned it";
  if (version.status === "done") return "marked it done";
  if (version.status === "set_aside") return "set it aside";
  return "changed it";
}

/** One plan: its state, what either person can do next, the one-line reflections, and its history. */
export function PlanCard({
  spaceId,
  plan,
  otherName,
}: {
  spaceId: string;
  plan: PlanView;
  otherName: string;
}) {
  const done = useMarkPlanDone(spaceId);
  const aside = useSetPlanAside(spaceId);
  const [changing, setChanging] = useState(false);
  const [confirmAside, setConfirmAside] = useState(false);
  const can = new Set(plan.can);
  const titleId = `plan-${plan.id}`;

  return (
    <article className={`heal-plan heal-plan--${plan.status}`} aria-labelledby={titleId}>
      <div className="heal-plan__head">
        <h3 id={titleId} className="heal-plan__title">
          {plan.title}
        </h3>
        <span className="badge">{statusLabels[plan.status]}</span>
      </div>
      <p className="heal-plan__when">
        {plan.plannedFor ? formatCalendarDate(plan.plannedFor) : "No date set"}
      </p>

      {changing ? (
        <ChangeForm spaceId={spaceId} plan={plan} onDone={() => setChanging(false)} />
      ) : (
        (can.has("change") || can.has("mark_done") || can.has("set_aside")) && (
          <div className="button-row heal-plan__actions">
            {can.has("mark_done") && (
              <button
                type="button"
                className="button button--primary button--small"
                disabled={done.isPending}
                onClick={() => done.mutate(plan.id)}
              >
                {done.isPending ? "Saving…" : "Mark as done"}
              </button>
            )}
            {can.has("change") && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setChanging(true)}
              >
                Change name or date
              </button>
            )}
            {can.has("set_aside") && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setConfirmAside(true)}
              >
                Set aside
              </button>
            )}
          </div>
        )
      )}
      {done.error && (
        <p className="form-error" role="alert">
          {errorText(done.error)}
        </p>
      )}

      {plan.status === "done" && <Reflections spaceId={spaceId} plan={plan} otherName={otherName} />}

      <details className="disclosure heal-plan__history">
        <summary>History</summary>
        <ol className="plain-list">
          {plan.history.map((version, index) => (
            <li key={version.version}>
              {version.byYou ? "You" : otherName} {whatHappened(version, plan.history[index - 1])} on{" "}
              {formatDate(version.at)}: “{version.title}”
              {version.plannedFor ? `, for ${formatCalendarDate(version.plannedFor)}` : ", no date"}
            </li>
          ))}
        </ol>
      </details>

      <ConfirmDialog
        open={confirmAside}
        tone="primary"
        title="Set this plan aside?"
        confirmLabel="Set it aside"
        cancelLabel="Keep it planned"
        pendingLabel="Saving…"
        pending={aside.isPending}
        error={errorText(aside.error)}
        onConfirm={() => aside.mutate(plan.id, { onSuccess: () => setConfirmAside(false) })}
        onCancel={() => {
          aside.reset();
          setConfirmAside(false);
        }}
      >
        <p>
          Plans change, and that's fine. It stays in your shared history as set aside, and you can always make
          a new plan.
        </p>
      </ConfirmDialog>
    </article>
  );
}

function ChangeForm({ spaceId, plan, onDone }: { spaceId: string; plan: PlanView; onDone: () => void }) {
  const change = useChangePlan(spaceId);
  const [title, setTitle] = useState(plan.title);
  const [date, setDate] = useState(plan.plannedFor ?? "");
  const errors = formErrorsFrom(change.error);
  const ids = { title: `change-${plan.id}-title`, plannedFor: `change-${plan.id}-date` };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    change.mutate({ id: plan.id, change: { title, plannedFor: date || null } }, { onSuccess: onDone });
  };

  return (
    <form className="heal-form heal-plan-form" onSubmit={submit} noValidate>
      <ErrorSummary error={change.error} fieldIds={ids} />
      <TextField
        id={ids.title}
        label="Name"
        value={title}
        onChange={setTitle}
        error={errors.fields.title}
        maxLength={120}
        autoComplete="off"
      />
      <DateField
        id={ids.plannedFor}
        label="When (optional)"
        hint="Clear the date to leave it open."
        value={date}
        onChange={setDate}
        error={errors.fields.plannedFor}
      />
      <p className="muted">The earlier version stays in the plan's history for both of you.</p>
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={change.isPending}>
          {change.isPending ? "Saving…" : "Save the change"}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** One line each. The other person's line shows only once you've written yours. */
function Reflections({ spaceId, plan, otherName }: { spaceId: string; plan: PlanView; otherName: string }) {
  const reflect = useReflectOnPlan(spaceId);
  const [text, setText] = useState("");
  const draft = useDraft({
    spaceId,
    formKey: draftKey("time-together", plan.id, "line"),
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const errors = formErrorsFrom(reflect.error);
  const id = `line-${plan.id}`;

  if (plan.yourReflection) {
    return (
      <div className="heal-lines">
        <p className="heal-lines__line">
          <span className="heal-lines__who">Your line:</span> {plan.yourReflection.text}
        </p>
        {plan.theirReflection ? (
          <p className="heal-lines__line">
            <span className="heal-lines__who">{otherName}'s line:</span> {plan.theirReflection.text}
          </p>
        ) : (
          <p className="muted">If {otherName} writes a line too, it will show here.</p>
        )}
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reflect.isPending) return;
    reflect.mutate(
      { id: plan.id, text },
      {
        onSuccess: () => {
          draft.clear();
          setText("");
        },
      },
    );
  };

  return (
    <form className="heal-form heal-lines" onSubmit={submit} noValidate>
      <ErrorSummary error={reflect.error} fieldIds={{ text: id }} />
      <TextField
        id={id}
        label="Your one line about how it went"
        hint={`${otherName} sees it once they've written theirs, and you see theirs once you've written yours.`}
        value={text}
        onChange={setText}
        error={errors.fields.text}
        maxLength={280}
        autoComplete="off"
      />
      <DraftNote draft={draft} />
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={reflect.isPending}>
          {reflect.isPending ? "Saving…" : "Keep my line"}
        </button>
      </div>
    </form>
  );
}
