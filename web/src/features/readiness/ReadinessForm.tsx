import type { QuestionForRole, QuestionId, ReadinessAnswers } from "@mend/core/readiness/index";
import { type FormEvent, useState } from "react";
import { CheckboxGroup, firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";

type Draft = Partial<Record<QuestionId, string | string[]>>;

function missingAnswers(questions: QuestionForRole[], draft: Draft): FormErrors {
  const fields: Record<string, string> = {};
  for (const [index, question] of questions.entries()) {
    const answer = draft[question.id];
    if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) {
      fields[question.id] = question.multiple
        ? `Question ${index + 1}: tick at least one answer (“I'd rather not say” is one of them).`
        : `Question ${index + 1}: choose an answer (“I’m not sure” or “I’d rather not say” are fine where offered).`;
    }
  }
  return { message: null, fields };
}

interface Props {
  questions: QuestionForRole[];
  initial?: ReadinessAnswers;
  pending: boolean;
  serverError: unknown;
  onSubmit: (answers: ReadinessAnswers) => void;
}

export function ReadinessForm({ questions, initial, pending, serverError, onSubmit }: Props) {
  const [draft, setDraft] = useState<Draft>(initial ?? {});
  const [localErrors, setLocalErrors] = useState<FormErrors | null>(null);
  const errors = localErrors ?? formErrorsFrom(serverError);
  const fieldIds = Object.fromEntries(questions.map((q) => [q.id, firstChoiceId(q.id, q.options)] as const));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const missing = missingAnswers(questions, draft);
    if (Object.keys(missing.fields).length > 0) {
      setLocalErrors(missing);
      return;
    }
    setLocalErrors(null);
    // Every question is answered, with values taken from its own options, so this is a complete set.
    onSubmit(draft as ReadinessAnswers);
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={fieldIds} title="A few questions still need an answer" />
      <form className="form" onSubmit={submit} noValidate>
        {questions.map((question, index) => {
          const legend = (
            <>
              <span className="question-number">{index + 1}.</span> {question.text}
            </>
          );
          if (question.multiple) {
            const value = draft[question.id];
            return (
              <CheckboxGroup
                key={question.id}
                id={question.id}
                legend={legend}
                hint={question.hint}
                choices={question.options}
                value={Array.isArray(value) ? value : []}
                onChange={(next) => setDraft((d) => ({ ...d, [question.id]: next }))}
                error={errors.fields[question.id]}
              />
            );
          }
          const value = draft[question.id];
          return (
            <RadioGroup
              key={question.id}
              id={question.id}
              legend={legend}
              hint={question.hint}
              choices={question.options}
              value={typeof value === "string" ? value : null}
              onChange={(next) => setDraft((d) => ({ ...d, [question.id]: next }))}
              error={errors.fields[question.id]}
            />
          );
        })}
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Saving…" : "See my result"}
        </button>
      </form>
    </>
  );
}
