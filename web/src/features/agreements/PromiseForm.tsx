import { type MakePromiseInput, makePromiseInput } from "@mend/core/agreements/promise-contract";
import { type Weekday, weekdays } from "@mend/core/agreements/schedule";
import { type FormEvent, useState } from "react";
import { CheckboxGroup, firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { toLocalInput } from "../../ui/DateTimeField.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { InputField } from "../../ui/InputField.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { useDraft } from "../drafts/use-draft.ts";
import { deviceTimeZone, useMakePromise } from "./api.ts";
import { FormButtons } from "./FormButtons.tsx";

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
  const words = useDraft({
    spaceId,
    formKey: "promise:new",
    value: { text: draft.text },
    restore: (fields) => set({ text: fields.text ?? "" }),
  });
  const ids = {
    text: "promise-text",
    schedule: firstChoiceId("promise-kind", kindChoices),
    graceHours: "promise-grace",
    timeZone: firstChoiceId("promise-kind", kindChoices),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (make.isPending) return;
    const checked = checkInput(makePromiseInput, inputFrom(draft));
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    make.mutate(checked.input, {
      onSuccess: () => {
        words.clear();
        onDone("Promise made. It's on the list below.");
      },
    });
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
        <DraftNote draft={words} />
        <RadioGroup
          id="promise-kind"
          legend="When it falls due"
          choices={kindChoices}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          error={errors.fields.schedule}
        />
        {draft.kind === "once" && (
          <InputField
            id="promise-at"
            label="Date and time"
            inputClassName="input input--datetime"
            type="datetime-local"
            value={draft.at}
            onChange={(at) => set({ at })}
          />
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
          <InputField
            id="promise-interval"
            label="Every how many days (2 to 30)"
            inputClassName="input input--number"
            type="number"
            inputMode="numeric"
            min={2}
            max={30}
            value={draft.interval}
            onChange={(interval) => set({ interval })}
          />
        )}
        {draft.kind !== null && draft.kind !== "once" && (
          <div className="promise-form__when">
            <InputField
              id="promise-time"
              label="At what time"
              inputClassName="input input--time"
              type="time"
              value={draft.time}
              onChange={(time) => set({ time })}
            />
            <InputField
              id="promise-starts"
              label="Starting"
              inputClassName="input input--date"
              type="date"
              value={draft.startsOn}
              onChange={(startsOn) => set({ startsOn })}
            />
            <InputField
              id="promise-ends"
              label="Until (optional)"
              inputClassName="input input--date"
              type="date"
              value={draft.endsOn}
              onChange={(endsOn) => set({ endsOn })}
            />
          </div>
        )}
        <InputField
          id={ids.graceHours}
          label="Hours you have afterwards to mark it"
          hint={`Times are in your time zone (${deviceTimeZone()}). Left unmarked after this, it counts as missed.`}
          error={errors.fields.graceHours}
          inputClassName="input input--number"
          type="number"
          inputMode="numeric"
          min={1}
          max={48}
          value={draft.graceHours}
          onChange={(graceHours) => set({ graceHours })}
        />
        <FormButtons
          submitLabel="Make this promise"
          pending={make.isPending}
          onCancel={() => {
            words.discard();
            onCancel();
          }}
        />
      </form>
    </>
  );
}
