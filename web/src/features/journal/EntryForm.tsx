import { todayIn } from "@mend/core/journal/calendar";
import {
  type JournalEntryContent,
  type JournalMood,
  journalEntryContent,
  journalMoods,
  journalTagMax,
  journalTagsMax,
  journalTextMax,
  moodWords,
  parseTags,
} from "@mend/core/journal/entry";
import { type FormEvent, useId, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom, noErrors } from "../../ui/form-errors.ts";
import { InputField } from "../../ui/InputField.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { TextField } from "../../ui/TextField.tsx";

/** The person's own time zone, as their device has it: "today" is their today. */
export const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A closed vault or a failed seal says what happened in its own words; the server's answers as usual. */
function problemsOf(error: unknown): FormErrors {
  if (!error) return noErrors;
  if (isApiError(error) || !(error instanceof Error)) return formErrorsFrom(error);
  return { message: error.message, fields: {} };
}

const moodChoices = journalMoods.map((mood) => ({ value: mood, label: moodWords[mood] }));

interface Props {
  /** The entry being edited; a new entry starts empty, about today. */
  initial?: JournalEntryContent;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** The failure of the last save (sealing or sending), shown above the form. */
  error: unknown;
  onSave: (content: JournalEntryContent, done: () => void) => void;
  onCancel?: () => void;
}

/** Writes or edits one entry; checked here with the same rules opening uses, since the server never sees it. */
export function EntryForm({ initial, submitLabel, pendingLabel, pending, error, onSave, onCancel }: Props) {
  const prefix = useId().replace(/:/g, "");
  const [text, setText] = useState(initial?.text ?? "");
  const [mood, setMood] = useState<JournalMood | "">(initial?.mood ?? "");
  const [tags, setTags] = useState(initial?.tags.join(", ") ?? "");
  const [day, setDay] = useState(initial?.day ?? todayIn(deviceTimeZone(), new Date()));
  const [problems, setProblems] = useState<FormErrors>(noErrors);
  const fieldIds = {
    mood: `${prefix}-mood--${journalMoods[0]}`,
    day: `${prefix}-day`,
    tags: `${prefix}-tags`,
    text: `${prefix}-text`,
  };
  const shown = problems !== noErrors ? problems : problemsOf(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const checked = checkInput(journalEntryContent, { text, mood, tags: parseTags(tags), day });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(noErrors);
    onSave(checked.input, () => {
      if (initial) return;
      setText("");
      setMood("");
      setTags("");
    });
  };

  return (
    <form className="journal-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={shown} fieldIds={fieldIds} />
      <RadioGroup
        id={`${prefix}-mood`}
        legend="How did the day feel?"
        choices={moodChoices}
        value={mood || null}
        onChange={(value) => setMood(value)}
        error={shown.fields.mood}
      />
      <div className="journal-form__row">
        <InputField
          id={fieldIds.day}
          label="The day it's about"
          type="date"
          inputClassName="input journal-form__day"
          value={day}
          onChange={setDay}
          error={shown.fields.day}
        />
        <TextField
          id={fieldIds.tags}
          label="Tags (optional)"
          hint={`Separate them with commas, up to ${journalTagsMax}, each under ${journalTagMax} characters.`}
          value={tags}
          onChange={setTags}
          error={shown.fields.tags}
          autoCapitalize="off"
        />
      </div>
      <TextArea
        id={fieldIds.text}
        label="What's on your mind"
        hint="Only you can read this: it is sealed in this browser before it is sent."
        value={text}
        onChange={setText}
        error={shown.fields.text}
        maxLength={journalTextMax}
        rows={7}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
