import { askQuestionInput } from "@mend/core/questions/contract";
import {
  type DetailLevel,
  detailLevelGuide,
  detailLevels,
  maxQuestionLength,
  type QuestionTopic,
  questionTopicGuide,
  questionTopics,
} from "@mend/core/questions/guidance";
import { type FormEvent, useState } from "react";
import { firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom, messagesByField } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";

export interface QuestionDraft {
  text: string;
  detail: DetailLevel | null;
  topic: QuestionTopic | "";
}

export const emptyQuestion: QuestionDraft = { text: "", detail: null, topic: "" };

const detailChoices = detailLevels.map((value) => ({
  value,
  label: detailLevelGuide[value].label,
  hint: detailLevelGuide[value].description,
}));

/** What the server will check, checked here first so the messages appear at once and match. */
function problemsIn(draft: QuestionDraft): FormErrors {
  const result = askQuestionInput.safeParse({
    text: draft.text,
    detail: draft.detail ?? undefined,
    topic: draft.topic || undefined,
  });
  return { message: null, fields: result.success ? {} : messagesByField(result.error.issues) };
}

export type QuestionAction = "send" | "keep";

interface Props {
  idPrefix: string;
  initial: QuestionDraft;
  otherName: string;
  /** False until the other person has joined: a draft can be kept, not sent. */
  canSend: boolean;
  pending: QuestionAction | null;
  serverError: unknown;
  onSubmit: (
    draft: { text: string; detail: DetailLevel; topic?: QuestionTopic },
    action: QuestionAction,
  ) => void;
  onCancel?: () => void;
  keepLabel: string;
}

/** A question as it is being written: the words, how much detail is wanted, and (if you like) its topic. */
export function QuestionForm(props: Props) {
  const { idPrefix, otherName, canSend, pending, onSubmit } = props;
  const [draft, setDraft] = useState(props.initial);
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(props.serverError);
  const ids = {
    text: `${idPrefix}-text`,
    detail: firstChoiceId(`${idPrefix}-detail`, detailChoices),
    topic: `${idPrefix}-topic`,
  };

  const submitAs = (action: QuestionAction) => {
    if (pending) return;
    const found = problemsIn(draft);
    if (Object.keys(found.fields).length > 0) {
      setProblems(found);
      return;
    }
    setProblems(null);
    onSubmit(
      {
        text: draft.text.trim(),
        detail: draft.detail ?? "facts",
        ...(draft.topic ? { topic: draft.topic } : {}),
      },
      action,
    );
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form
        className="form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          submitAs(canSend ? "send" : "keep");
        }}
      >
        <TextArea
          id={ids.text}
          label="Your question"
          value={draft.text}
          onChange={(text) => setDraft((d) => ({ ...d, text }))}
          error={errors.fields.text}
          maxLength={maxQuestionLength}
          rows={4}
        />
        <RadioGroup
          id={`${idPrefix}-detail`}
          legend="How much detail do you want?"
          hint={`${otherName} sees this with the question, so they can answer at the level you chose.`}
          choices={detailChoices}
          value={draft.detail}
          onChange={(detail) => setDraft((d) => ({ ...d, detail }))}
          error={errors.fields.detail}
        />
        <div className="field">
          <label className="field__label" htmlFor={ids.topic}>
            What it's about (optional)
          </label>
          <select
            id={ids.topic}
            className="select"
            value={draft.topic}
            onChange={(event) => {
              const value = event.target.value;
              const topic = questionTopics.find((t) => t === value) ?? "";
              setDraft((d) => ({ ...d, topic }));
            }}
          >
            <option value="">No particular topic</option>
            {questionTopics.map((topic) => (
              <option key={topic} value={topic}>
                {questionTopicGuide[topic].label}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          {canSend && (
            <button type="submit" className="button button--primary" disabled={pending !== null}>
              {pending === "send" ? "Sending…" : `Send to ${otherName}`}
            </button>
          )}
          <button
            type={canSend ? "button" : "submit"}
            className={`button ${canSend ? "button--secondary" : "button--primary"}`}
            disabled={pending !== null}
            onClick={canSend ? () => submitAs("keep") : undefined}
          >
            {pending === "keep" ? "Saving…" : props.keepLabel}
          </button>
          {props.onCancel && (
            <button type="button" className="link-button" onClick={props.onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </>
  );
}
