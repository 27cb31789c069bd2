import {
  maxTriggerIntensity,
  maxTriggerNoteLength,
  minTriggerIntensity,
  type TriggerCategory,
  triggerCategories,
  triggerCategoryLabels,
  triggerIntensityLabels,
} from "@mend/core/triggers/fields";
import { type FormEvent, useState } from "react";
import { firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { DateTimeField, fromLocalInput, toLocalInput } from "../../ui/DateTimeField.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { useDraft } from "../drafts/use-draft.ts";
import { useLogTrigger } from "./api.ts";

const categoryChoices = triggerCategories.map((value) => ({ value, label: triggerCategoryLabels[value] }));
const levels = Array.from({ length: maxTriggerIntensity - minTriggerIntensity + 1 }, (_, i) =>
  String(minTriggerIntensity + i),
);
const intensityChoices = levels.map((value) => ({
  value,
  label: (
    <>
      <span className="scale__number">{value}</span> {triggerIntensityLabels[Number(value)]}
    </>
  ),
}));

const ids = {
  category: firstChoiceId("trigger-category", categoryChoices),
  intensity: firstChoiceId("trigger-intensity", intensityChoices),
  occurredAt: "trigger-when",
  note: "trigger-note",
};

/** Logging a hard moment: private unless the person ticks the box to share it. */
export function LogTriggerForm({
  accountId,
  spaceId,
  otherName,
  canShare,
}: {
  accountId: string;
  spaceId: string;
  otherName: string;
  canShare: boolean;
}) {
  const log = useLogTrigger(accountId, spaceId);
  const [category, setCategory] = useState<TriggerCategory | null>(null);
  const [intensity, setIntensity] = useState<string | null>(null);
  const [when, setWhen] = useState(() => toLocalInput(new Date()));
  const [note, setNote] = useState("");
  const [share, setShare] = useState(false);
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: "trigger:new",
    value: { note },
    restore: (fields) => setNote(fields.note ?? ""),
  });

  const errors = problems ?? formErrorsFrom(log.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (log.isPending) return;
    const occurredAt = fromLocalInput(when);
    const fields: Record<string, string> = {};
    if (category === null) fields.category = "Choose what brought it back.";
    if (intensity === null)
      fields.intensity = `Say how strong it was, from ${minTriggerIntensity} to ${maxTriggerIntensity}.`;
    if (occurredAt === null) fields.occurredAt = "Give the date and time it happened.";
    else if (Date.parse(occurredAt) > Date.now() + 60_000)
      fields.occurredAt = "A moment can only be logged once it has happened.";
    if (Object.keys(fields).length > 0 || category === null || intensity === null || occurredAt === null) {
      setProblems({ message: null, fields });
      return;
    }
    setProblems(null);
    log.mutate(
      {
        category,
        intensity: Number(intensity),
        occurredAt,
        share,
        note,
      },
      {
        onSuccess: () => {
          draft.clear();
          setNotice(share ? `Logged, and shared with ${otherName}.` : "Logged. Only you can see it.");
          setCategory(null);
          setIntensity(null);
          setWhen(toLocalInput(new Date()));
          setNote("");
          setShare(false);
        },
      },
    );
  };

  return (
    <div className="panel">
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          id="trigger-category"
          legend="What brought it back?"
          choices={categoryChoices}
          value={category}
          onChange={(value) => {
            setNotice(null);
            setCategory(value);
          }}
          error={errors.fields.category}
        />
        <div className="scale">
          <RadioGroup
            id="trigger-intensity"
            legend="How strong was it?"
            choices={intensityChoices}
            value={intensity}
            onChange={setIntensity}
            error={errors.fields.intensity}
          />
        </div>
        <DateTimeField
          id={ids.occurredAt}
          label="When it happened"
          value={when}
          onChange={setWhen}
          error={errors.fields.occurredAt}
          max={toLocalInput(new Date())}
        />
        <TextArea
          id={ids.note}
          label="Anything you want to remember about it (optional, kept in your vault for you alone)"
          value={note}
          onChange={setNote}
          error={errors.fields.note}
          maxLength={maxTriggerNoteLength}
          rows={3}
        />
        <DraftNote draft={draft} />
        {canShare && (
          <div className="choice choice--single">
            <input
              id="trigger-share"
              type="checkbox"
              className="choice__input"
              checked={share}
              onChange={(event) => setShare(event.target.checked)}
              aria-describedby="trigger-share-hint"
            />
            <label className="choice__label" htmlFor="trigger-share">
              Share this with {otherName}
            </label>
            <div className="choice__hint" id="trigger-share-hint">
              They'll see what brought it back, how strong it was and when; your note stays in your vault. You
              can stop sharing at any time, and nobody is told.
            </div>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={log.isPending}>
            {log.isPending ? "Logging…" : "Log it"}
          </button>
        </div>
      </form>
    </div>
  );
}
