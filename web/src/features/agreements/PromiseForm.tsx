import { type MakePromiseInput, makePromiseInput } from "@mend/core/agreements/promise-contract";
import { type Weekday, weekdays } from "@mend/core/agreements/schedule";
import { type FormEvent, useState } from "react";
import { CheckboxGroup, firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { toLocalInput } from "../../ui/DateTimeField.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { deviceTimeZone, useMakePromise } from "./api.ts";

type Kind = MakePromiseInput["schedule"]["kind"];

const kindChoices: { value: Kind; label: string }[] = [
  { value: "once", label: "Once" },
  { value: "daily", label: "Every day" },
  { value: "weekly", label: "On chosen days of the week" },
  { value: "every_n_days", label: "Every few days" },
];

const dayNames: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};
const dayChoices = weekdays.map((value) => ({ value, label: dayNames[value] }));

interface Draft {
  text: string;
  kind: Kind | null;
  at: string;
  time: string;
  startsOn: string;
  endsOn: string;
  days: Weekday[];
  interval: string;
  graceHours: string;
}

function initialDraft(): Draft {
  const today = toLocalInput(new Date()).slice(0, 10);
  return {
    text: "",
    kind: null,
    at: "",
    time: "18:00",
    startsOn: today,
    endsOn: "",
    days: [],
    interval: "2",
    graceHours: "12",
  };
}

function inputFrom(draft: Draft) {
  const repeating = {
    time: draft.time,
    startsOn: draft.startsOn,
    ...(draft.endsOn ? { endsOn: draft.endsOn } : {}),
  };
  const schedule =
    draft.kind === "once"
      ? { kind: "once", at: draft.at }
      : draft.kind === "daily"
        ? { kind: "daily", ...repeating }
        : draft.kind === "weekly"
          ? { kind: "weekly", days: draft.days, ...repeating }
          : draft.kind === "every_n_days"
            ? { kind: "every_n_days", interval: Number(draft.interval), ...repeating }
            : undefined;
  return {
    text: draft.text,
    schedule,
    timeZone: deviceTimeZone(),
    graceHours: draft.graceHours.trim() === "" ? undefined : Number(draft.graceHours),
  };
}

function check(draft: Draft): { input: MakePromiseInput } | { problems: FormErrors } {
  const result = makePromiseInput.safeParse(inputFrom(draft));
  if (result.success) return { input: result.data };
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string") fields[field] ??= issue.message;
  }
  return { problems: { message: null, fields } };
}

/** A new promise: what, and when it falls due, in the maker's own time zone. */
export function PromiseForm({
  spaceId,
  initialText,
  onDone,
  onCancel,
}: {
  spaceId: string;
  initialText: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const make = useMakePromise(spaceId);
  const [draft, setDraft] = useState<Draft>(() => ({ ...initialDraft(), text: initialText }));
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(make.error);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const ids = {
    text: "promise-text",
    schedule: firstChoiceId("promise-kind", kindChoices),
    graceHours: "promise-grace",
    timeZone: firstChoiceId("promise-kind", kindChoices),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (make.isPending) return;
    const checked = check(draft);
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    make.mutate(checked.input, { onSuccess: () => onDone("Promise made. It's on the list below.") });
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form promise-form" noValidate onSubmit={submit}>
        <TextArea
          id={ids.text}
          label="Your promise"
          hint="Something small and clear, that you're sure you can keep."
          value={draft.text}
          onChange={(text) => set({ text })}
          error={errors.fields.text}
          maxLength={500}
          rows={2}
        />
        <RadioGroup
          id="promise-kind"
          legend="When it falls due"
          choices={kindChoices}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          error={errors.fields.schedule}
        />
        {draft.kind === "once" && (
          <div className="field">
            <label className="field__label" htmlFor="promise-at">
              Date and time
            </label>
            <input
              id="promise-at"
              className="input input--datetime"
              type="datetime-local"
              value={draft.at}
              onChange={(event) => set({ at: event.target.value })}
            />
          </div>
        )}
        {draft.kind === "weekly" && (
          <CheckboxGroup
            id="promise-days"
            legend="Which days"
            choices={dayChoices}
            value={draft.days}
            onChange={(days) => set({ days })}
          />
        )}
        {draft.kind === "every_n_days" && (
          <div className="field">
            <label className="field__label" htmlFor="promise-interval">
              Every how many days (2 to 30)
            </label>
            <input
              id="promise-interval"
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={2}
              max={30}
              value={draft.interval}
              onChange={(event) => set({ interval: event.target.value })}
            />
          </div>
        )}
        {draft.kind !== null && draft.kind !== "once" && (
          <div className="promise-form__when">
            <div className="field">
              <label className="field__label" htmlFor="promise-time">
                At what time
              </label>
              <input
                id="promise-time"
                className="input input--time"
                type="time"
                value={draft.time}
                onChange={(event) => set({ time: event.target.value })}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor="promise-starts">
                Starting
              </label>
              <input
                id="promise-starts"
                className="input input--date"
                type="date"
                value={draft.startsOn}
                onChange={(event) => set({ startsOn: event.target.value })}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor="promise-ends">
                Until (optional)
              </label>
              <input
                id="promise-ends"
                className="input input--date"
                type="date"
                value={draft.endsOn}
                onChange={(event) => set({ endsOn: event.target.value })}
              />
            </div>
          </div>
        )}
        <div className={`field${errors.fields.graceHours ? " field--error" : ""}`}>
          <label className="field__label" htmlFor={ids.graceHours}>
            Hours you have afterwards to mark it
          </label>
          <div className="field__hint" id="promise-grace-hint">
            Times are in your time zone ({deviceTimeZone()}). Left unmarked after this, it counts as missed.
          </div>
          {errors.fields.graceHours && (
            <p className="field__error" id="promise-grace-error">
              <span className="visually-hidden">Error: </span>
              {errors.fields.graceHours}
            </p>
          )}
          <input
            id={ids.graceHours}
            className="input input--number"
            type="number"
            inputMode="numeric"
            min={1}
            max={48}
            value={draft.graceHours}
            onChange={(event) => set({ graceHours: event.target.value })}
            aria-describedby={`promise-grace-hint${errors.fields.graceHours ? " promise-grace-error" : ""}`}
            aria-invalid={errors.fields.graceHours ? true : undefined}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={make.isPending}>
            {make.isPending ? "Saving…" : "Make this promise"}
          </button>
          <button type="button" className="link-button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
