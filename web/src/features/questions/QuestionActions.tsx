import { type QuestionView, type ReviewVerdict, reviewVerdicts } from "@mend/core/questions/contract";
import {
  answeringGuidance,
  detailLevelGuide,
  maxAnswerLength,
  maxFollowUpLength,
  maxNeedTimeDays,
  maxNeedTimeNoteLength,
} from "@mend/core/questions/guidance";
import { type FormEvent, useState } from "react";
import { firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { DateTimeField, fromLocalInput, toLocalInput } from "../../ui/DateTimeField.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { CoachedTextArea } from "../coach/CoachedTextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useQuestionStep } from "./api.ts";

const dayMs = 86_400_000;

/**
 * Runs `then` once the step has gone through. A form here disappears as soon as the question moves
 * on, and `mutate` drops its callbacks when that happens; a failure shows through the step's error.
 */
function settle(request: Promise<unknown>, then: () => void): void {
  request.then(then, () => undefined);
}

interface FormProps {
  spaceId: string;
  question: QuestionView;
  otherName: string;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

/** The answer, or a new version of it, with the detail they asked for in plain sight and the coach beside it. */
export function AnswerForm({ spaceId, question, otherName, onDone, onCancel }: FormProps) {
  const step = useQuestionStep(spaceId, question.id);
  const editing = question.can.editAnswer && !question.can.answer && question.currentAnswer !== null;
  const [text, setText] = useState(editing ? (question.currentAnswer?.text ?? "") : "");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("question", question.id, editing ? "new-version" : "answer"),
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const errors = problems ?? formErrorsFrom(step.error);
  const fieldIds = { text: "answer-text" };
  const detail = detailLevelGuide[question.detail];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step.isPending) return;
    if (text.trim().length === 0) {
      setProblems({ message: null, fields: { text: "Write your answer." } });
      return;
    }
    setProblems(null);
    const replaces = editing ? question.currentAnswer?.id : undefined;
    settle(
      step.mutateAsync({ step: "answers", body: { text: text.trim(), ...(replaces ? { replaces } : {}) } }),
      () => {
        draft.clear();
        onDone(
          editing
            ? `Your new version is shared. ${otherName} sees it beside the earlier one.`
            : `Sent. ${otherName} can read your answer now.`,
        );
      },
    );
  };

  return (
    <div className="panel question-action">
      <h2>{editing ? "Change your answer" : "Your answer"}</h2>
      <p className="detail-wanted">
        <strong>
          {otherName} asked for: {detail.label}.
        </strong>{" "}
        {detail.description}
      </p>
      <details className="disclosure">
        <summary>Answering well</summary>
        <ul>
          {answeringGuidance.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      {editing && (
        <p className="muted">Your earlier answer stays visible to both of you, with this one beside it.</p>
      )}
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <CoachedTextArea
          coach="message"
          id={fieldIds.text}
          label={editing ? "Your new version" : "Your answer"}
          value={text}
          onChange={setText}
          error={errors.fields.text}
          maxLength={maxAnswerLength}
          rows={8}
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={step.isPending}>
            {step.isPending ? "Sending…" : editing ? "Share the new version" : "Send my answer"}
          </button>
          {onCancel && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                draft.discard();
                onCancel();
              }}
            >
              Cancel
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

/** "I need time": a date to answer by (within the limit) and, if they like, a few words. */
export function NeedTimeForm({ spaceId, question, otherName, onDone, onCancel }: FormProps) {
  const step = useQuestionStep(spaceId, question.id);
  const [when, setWhen] = useState(() => toLocalInput(new Date(Date.now() + dayMs)));
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("question", question.id, "need-time"),
    value: { note },
    restore: (fields) => setNote(fields.note ?? ""),
  });

  const errors = problems ?? formErrorsFrom(step.error);
  const fieldIds = { answerBy: "need-time-when", note: "need-time-note" };
  const now = new Date();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step.isPending) return;
    const answerBy = fromLocalInput(when);
    const limit = Date.now() + maxNeedTimeDays * dayMs;
    if (answerBy === null || Date.parse(answerBy) <= Date.now() || Date.parse(answerBy) > limit) {
      setProblems({
        message: null,
        fields: { answerBy: `Choose a time after now and within ${maxNeedTimeDays} days.` },
      });
      return;
    }
    setProblems(null);
    settle(
      step.mutateAsync({
        step: "need-time",
        body: { answerBy, ...(note.trim() ? { note: note.trim() } : {}) },
      }),
      () => {
        draft.clear();
        onDone(`${otherName} can see when you'll answer.`);
      },
    );
  };

  return (
    <div className="panel question-action">
      <h2>Ask for time</h2>
      <p>
        Give a time you can keep. {otherName} will see it, and this question shows as late if the time passes
        without an answer.
      </p>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <DateTimeField
          id={fieldIds.answerBy}
          label="I'll answer by"
          value={when}
          onChange={setWhen}
          error={errors.fields.answerBy}
          min={toLocalInput(now)}
          max={toLocalInput(new Date(now.getTime() + maxNeedTimeDays * dayMs))}
        />
        <TextArea
          id={fieldIds.note}
          label="A few words for them (optional)"
          value={note}
          onChange={setNote}
          error={errors.fields.note}
          maxLength={maxNeedTimeNoteLength}
          rows={3}
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={step.isPending}>
            {step.isPending ? "Sending…" : "Send"}
          </button>
          {onCancel && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                draft.discard();
                onCancel();
              }}
            >
              Cancel
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

const verdictLabels: Record<ReviewVerdict, string> = {
  answered: "That answers it",
  need_more: "I need more",
  not_ready: "I'm not ready to hear more for now",
};

const verdictHints: Record<ReviewVerdict, string> = {
  answered: "The question is settled. You can always ask something new.",
  need_more: "Say what's still unclear, and it goes back to them with your follow-up.",
  not_ready: "It pauses here, with no more answers coming, until you pick it up again.",
};

const verdictChoices = reviewVerdicts.map((value) => ({
  value,
  label: verdictLabels[value],
  hint: verdictHints[value],
}));

/** The asker's word on an answer: enough, more please (with what), or enough for now. */
export function ReviewForm({ spaceId, question, otherName, onDone }: FormProps) {
  const step = useQuestionStep(spaceId, question.id);
  const [verdict, setVerdict] = useState<ReviewVerdict | null>(null);
  const [followUp, setFollowUp] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("question", question.id, "follow-up"),
    value: { followUp },
    restore: (fields) => setFollowUp(fields.followUp ?? ""),
  });

  const errors = problems ?? formErrorsFrom(step.error);
  const fieldIds = { verdict: firstChoiceId("review-verdict", verdictChoices), followUp: "review-follow-up" };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step.isPending) return;
    if (verdict === null) {
      setProblems({ message: null, fields: { verdict: "Choose whether this answered your question." } });
      return;
    }
    if (verdict === "need_more" && followUp.trim().length === 0) {
      setProblems({
        message: null,
        fields: { followUp: "Say what more you need to know, so they can answer it." },
      });
      return;
    }
    setProblems(null);
    const body = verdict === "need_more" ? { verdict, followUp: followUp.trim() } : { verdict };
    settle(step.mutateAsync({ step: "review", body }), () => {
      draft.clear();
      onDone(
        verdict === "need_more"
          ? `Your follow-up is with ${otherName}.`
          : verdict === "answered"
            ? "Marked as answered."
            : "Paused. Pick it up again whenever you're ready.",
      );
    });
  };

  return (
    <div className="panel question-action">
      <h2>Your turn</h2>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          id="review-verdict"
          legend="Did this answer your question?"
          choices={verdictChoices}
          value={verdict}
          onChange={setVerdict}
          error={errors.fields.verdict}
        />
        {verdict === "need_more" && (
          <TextArea
            id={fieldIds.followUp}
            label="What do you still need to know?"
            value={followUp}
            onChange={setFollowUp}
            error={errors.fields.followUp}
            maxLength={maxFollowUpLength}
            rows={4}
          />
        )}
        {verdict === "need_more" && <DraftNote draft={draft} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={step.isPending}>
            {step.isPending ? "Sending…" : "Send"}
          </button>
        </div>
      </form>
    </div>
  );
}
