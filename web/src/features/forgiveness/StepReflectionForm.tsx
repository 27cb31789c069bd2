import type { ForgivenessStepContent } from "@mend/core/forgiveness/steps";
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useWriteStepReflection } from "./api.ts";
import { ResentmentScale } from "./ResentmentScale.tsx";

interface Props {
  spaceId: string;
  step: ForgivenessStepContent;
  otherName: string;
  /** Sharing needs someone to share with. */
  canShare: boolean;
}

/** Writes one reflection on a step: private unless the person ticks the box, which starts unticked. */
export function StepReflectionForm({ spaceId, step, otherName, canShare }: Props) {
  const write = useWriteStepReflection(spaceId);
  const [text, setText] = useState("");
  const [resentment, setResentment] = useState<number | null>(null);
  const [share, setShare] = useState(false);
  const [saved, setSaved] = useState<"private" | "shared" | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("forgiveness", step.id),
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const errors = formErrorsFrom(write.error);
  const ids = { text: `${step.id}-text`, resentment: `${step.id}-resentment-0`, share: `${step.id}-share` };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (write.isPending) return;
    setSaved(null);
    write.mutate(
      { step: step.id, text, ...(resentment === null ? {} : { resentment }), share },
      {
        onSuccess: () => {
          draft.clear();
          setSaved(share ? "shared" : "private");
          setText("");
          setResentment(null);
          setShare(false);
        },
      },
    );
  };

  return (
    <>
      <ErrorSummary error={write.error} fieldIds={ids} />
      {saved && (
        <Notice>
          {saved === "shared"
            ? `Saved, and shared with ${otherName}. You can take it back below whenever you like.`
            : "Saved. It's private: only you can see it."}
        </Notice>
      )}
      <form className="form heal-form" onSubmit={submit} noValidate>
        <TextArea
          id={ids.text}
          label="Your reflection"
          hint={step.note}
          value={text}
          onChange={setText}
          error={errors.fields.text}
          maxLength={4000}
          rows={6}
        />
        <DraftNote draft={draft} />
        <ResentmentScale
          id={`${step.id}-resentment`}
          value={resentment}
          onChange={setResentment}
          error={errors.fields.resentment}
        />
        {canShare && (
          <div className="choice heal-share-choice">
            <input
              className="choice__input"
              type="checkbox"
              id={ids.share}
              checked={share}
              onChange={(event) => setShare(event.target.checked)}
              aria-describedby={`${ids.share}-hint`}
            />
            <label className="choice__label" htmlFor={ids.share}>
              Share this reflection with {otherName}
            </label>
            <div className="choice__hint" id={`${ids.share}-hint`}>
              {share
                ? `${otherName} will see the step and what you wrote, never your resentment rating.`
                : "Left unticked, it stays private to you."}
            </div>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={write.isPending}>
            {write.isPending ? "Saving…" : "Save my reflection"}
          </button>
        </div>
      </form>
    </>
  );
}
