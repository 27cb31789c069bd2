import type { ReflectionKind, ReflectionPrompt } from "@mend/core/forgiveness/reflections";
import { type FormEvent, useState } from "react";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useAccountId } from "../vault/VaultGate.tsx";
import { useWriteReflection } from "./api.ts";

const ownWords = "own";

interface Props {
  spaceId: string;
  kind: ReflectionKind;
  /** Questions to choose from; the person can always write in their own words instead. */
  prompts?: readonly ReflectionPrompt[];
  /** A single question the writing answers (a practice's "afterwards"), shown as the label. */
  fixedPrompt?: ReflectionPrompt;
  label?: string;
}

/** Writes one private reflection. Nothing here is ever shared. */
export function ReflectionForm({ spaceId, kind, prompts = [], fixedPrompt, label }: Props) {
  const write = useWriteReflection(useAccountId(), spaceId);
  const [promptId, setPromptId] = useState<string>(ownWords);
  const [text, setText] = useState("");
  const [saved, setSaved] = useState(false);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("reflection", kind, fixedPrompt?.id ?? "new"),
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const errors = formErrorsFrom(write.error);
  const idPrefix = `${kind}-${fixedPrompt?.id ?? "topic"}`;
  const fieldIds = { promptId: `${idPrefix}-prompt-${prompts[0]?.id ?? ownWords}`, text: `${idPrefix}-text` };
  const chosen = fixedPrompt ?? prompts.find((p) => p.id === promptId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (write.isPending) return;
    setSaved(false);
    write.mutate(
      { kind, text, ...(chosen ? { promptId: chosen.id } : {}) },
      {
        onSuccess: () => {
          draft.clear();
          setSaved(true);
          setText("");
          setPromptId(ownWords);
        },
      },
    );
  };

  return (
    <>
      <ErrorSummary error={write.error} fieldIds={fieldIds} />
      {saved && <Notice>Kept. It's private: only you can see it.</Notice>}
      <form className="form heal-form" onSubmit={submit} noValidate>
        {prompts.length > 0 && (
          <RadioGroup
            id={`${idPrefix}-prompt`}
            legend="Start from a question, if one helps"
            choices={[
              ...prompts.map((p) => ({ value: p.id, label: p.text })),
              { value: ownWords, label: "No question: I'll write in my own words" },
            ]}
            value={promptId}
            onChange={setPromptId}
            error={errors.fields.promptId}
          />
        )}
        <TextArea
          id={fieldIds.text}
          label={label ?? (chosen && prompts.length > 0 ? "Your answer" : "What you want to write")}
          hint={fixedPrompt ? undefined : "Only you will ever see this."}
          value={text}
          onChange={setText}
          error={errors.fields.text}
          maxLength={8000}
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={write.isPending}>
            {write.isPending ? "Keeping it…" : "Keep this privately"}
          </button>
        </div>
      </form>
    </>
  );
}
