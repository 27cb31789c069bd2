import {
  type AgreementTermsInput,
  type AgreementTermsView,
  type AgreementTopic,
  agreementTermsInput,
  agreementTopics,
} from "@mend/core/agreements/contract";
import { type FormEvent, useState } from "react";
import { firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { Field } from "../../ui/Field.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { InputField } from "../../ui/InputField.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { useDraft } from "../drafts/use-draft.ts";
import { deviceTimeZone } from "./api.ts";
import { LiveControlCheck } from "./ControlWarnings.tsx";
import { FormButtons } from "./FormButtons.tsx";
import { topicLabels } from "./words.ts";

type AppliesTo = AgreementTermsInput["appliesTo"];
type ReviewUnit = "weeks" | "months";

export interface TermsDraft {
  what: string;
  need: string;
  consequence: string;
  topic: AgreementTopic | null;
  appliesTo: AppliesTo | null;
  reviewKind: "on" | "every" | null;
  reviewDate: string;
  reviewCount: string;
  reviewUnit: ReviewUnit;
}

export const emptyTerms: TermsDraft = {
  what: "",
  need: "",
  consequence: "",
  topic: null,
  appliesTo: null,
  reviewKind: "every",
  reviewDate: "",
  reviewCount: "4",
  reviewUnit: "weeks",
};

/** Terms as the reader sees them ("asks something of you") turned back into the writer's words ("me"). */
export function draftFrom(terms: AgreementTermsView): TermsDraft {
  const appliesTo: AppliesTo =
    terms.appliesTo === "you" ? "me" : terms.appliesTo === "other" ? "you" : "both";
  return {
    what: terms.what,
    need: terms.need,
    consequence: terms.consequence ?? "",
    topic: terms.topic,
    appliesTo,
    reviewKind: terms.review.kind,
    reviewDate: terms.review.kind === "on" ? terms.review.date : "",
    reviewCount: terms.review.kind === "every" ? String(terms.review.count) : "4",
    reviewUnit: terms.review.kind === "every" ? terms.review.unit : "weeks",
  };
}

function inputFrom(draft: TermsDraft) {
  const review =
    draft.reviewKind === "on"
      ? { kind: "on" as const, date: draft.reviewDate }
      : draft.reviewKind === "every"
        ? { kind: "every" as const, count: Number(draft.reviewCount), unit: draft.reviewUnit }
        : undefined;
  return {
    what: draft.what,
    need: draft.need,
    consequence: draft.consequence,
    topic: draft.topic ?? undefined,
    appliesTo: draft.appliesTo ?? undefined,
    review,
    timeZone: deviceTimeZone(),
  };
}

const topicChoices = agreementTopics.map((value) => ({ value, label: topicLabels[value] }));
const reviewChoices = [
  { value: "every" as const, label: "Every few weeks or months" },
  { value: "on" as const, label: "On a date" },
];

interface Props {
  spaceId: string;
  idPrefix: string;
  otherName: string;
  initial: TermsDraft;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  serverError: unknown;
  /** The private draft the wording is kept in until it is sent. */
  draftKey: string;
  /** `sent` is called once the terms have gone through, so their words are no longer kept as a draft. */
  onSubmit: (input: AgreementTermsInput, sent: () => void) => void;
  onCancel?: () => void;
}

/** The terms of an agreement as they are written: used to propose, to suggest changes and to revise. */
export function AgreementForm(props: Props) {
  const { spaceId, idPrefix, otherName, pending } = props;
  const [draft, setDraft] = useState(props.initial);
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(props.serverError);
  const set = (change: Partial<TermsDraft>) => setDraft((d) => ({ ...d, ...change }));
  const words = useDraft({
    spaceId,
    formKey: props.draftKey,
    value: { what: draft.what, need: draft.need, consequence: draft.consequence },
    restore: (fields) =>
      set({ what: fields.what ?? "", need: fields.need ?? "", consequence: fields.consequence ?? "" }),
  });
  const appliesChoices = [
    { value: "me" as const, label: "Me" },
    { value: "you" as const, label: otherName },
    { value: "both" as const, label: "Both of us" },
  ];
  const ids = {
    what: `${idPrefix}-what`,
    need: `${idPrefix}-need`,
    consequence: `${idPrefix}-consequence`,
    topic: firstChoiceId(`${idPrefix}-topic`, topicChoices),
    appliesTo: firstChoiceId(`${idPrefix}-applies`, appliesChoices),
    review: firstChoiceId(`${idPrefix}-review`, reviewChoices),
  };
  // A time zone the server doesn't know is rare; its message is shown beside the review choice.
  const fieldIds = { ...ids, timeZone: ids.review };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const checked = checkInput(agreementTermsInput, inputFrom(draft));
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    props.onSubmit(checked.input, words.clear);
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <form className="form agreement-form" noValidate onSubmit={submit}>
        <TextArea
          id={ids.what}
          label="What you agree"
          hint="Say it as something you'll do, in plain words. For example: we'll each say if plans change."
          value={draft.what}
          onChange={(what) => set({ what })}
          error={errors.fields.what}
          maxLength={1000}
          rows={3}
        />
        <TextArea
          id={ids.need}
          label="The need behind it"
          hint="What this is for. Naming the need helps you both find another way if this one stops working."
          value={draft.need}
          onChange={(need) => set({ need })}
          error={errors.fields.need}
          maxLength={1000}
          rows={3}
        />
        <LiveControlCheck spaceId={spaceId} texts={[draft.what, draft.need, draft.consequence]} />
        <TextArea
          id={ids.consequence}
          label="What happens if it's broken (optional)"
          hint="Agreed now, calmly, so nobody has to decide it in a hard moment. For example: we talk about it within a day."
          value={draft.consequence}
          onChange={(consequence) => set({ consequence })}
          error={errors.fields.consequence}
          maxLength={1000}
          rows={2}
        />
        <DraftNote draft={words} />
        <RadioGroup
          id={`${idPrefix}-topic`}
          legend="What it's about"
          choices={topicChoices}
          value={draft.topic}
          onChange={(topic) => set({ topic })}
          error={errors.fields.topic}
        />
        <RadioGroup
          id={`${idPrefix}-applies`}
          legend="Who it asks something of"
          choices={appliesChoices}
          value={draft.appliesTo}
          onChange={(appliesTo) => set({ appliesTo })}
          error={errors.fields.appliesTo}
        />
        <RadioGroup
          id={`${idPrefix}-review`}
          legend="When you'll look at it again"
          hint="A review is a chance to keep it, change it or let it go."
          choices={reviewChoices}
          value={draft.reviewKind}
          onChange={(reviewKind) => set({ reviewKind })}
          error={errors.fields.review}
        />
        {draft.reviewKind === "every" && (
          <div className="agreement-form__every">
            <InputField
              id={`${idPrefix}-review-every`}
              label="Every"
              fieldClassName="field--inline"
              inputClassName="input input--number"
              type="number"
              inputMode="numeric"
              min={1}
              max={52}
              value={draft.reviewCount}
              onChange={(reviewCount) => set({ reviewCount })}
            />
            <Field
              id={`${idPrefix}-review-unit`}
              label={<span className="visually-hidden">Weeks or months</span>}
              className="field--inline"
            >
              {(described) => (
                <select
                  id={`${idPrefix}-review-unit`}
                  className="select"
                  value={draft.reviewUnit}
                  onChange={(event) =>
                    set({ reviewUnit: event.target.value === "months" ? "months" : "weeks" })
                  }
                  {...described}
                >
                  <option value="weeks">weeks</option>
                  <option value="months">months</option>
                </select>
              )}
            </Field>
          </div>
        )}
        {draft.reviewKind === "on" && (
          <InputField
            id={`${idPrefix}-review-date`}
            label="Review date"
            inputClassName="input input--date"
            type="date"
            value={draft.reviewDate}
            onChange={(reviewDate) => set({ reviewDate })}
          />
        )}
        <FormButtons
          submitLabel={props.submitLabel}
          pendingLabel={props.pendingLabel}
          pending={pending}
          onCancel={
            props.onCancel &&
            (() => {
              words.discard();
              props.onCancel?.();
            })
          }
        />
      </form>
    </>
  );
}
