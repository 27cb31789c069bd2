import { type SoloPrompt, type SoloSeriesId, soloSeries } from "@mend/core/solo/index";
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { type OpenedAnswer, useAnswerPrompt } from "./api.ts";

function PromptForm({
  accountId,
  spaceId,
  prompt,
  number,
  answer,
}: {
  accountId: string;
  spaceId: string;
  prompt: SoloPrompt;
  number: number;
  answer: OpenedAnswer | undefined;
}) {
  const save = useAnswerPrompt(accountId, spaceId);
  const [text, setText] = useState(answer?.text ?? "");
  const [kept, setKept] = useState(false);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("solo", prompt.id),
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const id = `prompt-${prompt.id.replace(".", "-")}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setKept(false);
    save.mutate(
      { promptId: prompt.id, answerId: answer?.id, text },
      {
        onSuccess: () => {
          draft.clear();
          setKept(true);
        },
      },
    );
  };

  return (
    <li className="solo-prompt">
      <ErrorSummary error={save.error} fieldIds={{ text: id }} />
      <form onSubmit={submit} noValidate>
        <TextArea
          id={id}
          label={`${number}. ${prompt.text}`}
          hint={answer ? "Answered. You can rewrite it whenever you like." : undefined}
          value={text}
          onChange={setText}
          error={formErrorsFrom(save.error).fields.text}
          maxLength={4000}
          rows={3}
        />
        <DraftNote draft={draft} />
        {kept && <Notice>Kept privately.</Notice>}
        <div className="button-row">
          <button type="submit" className="button button--secondary button--small" disabled={save.isPending}>
            {save.isPending ? "Keeping it…" : answer ? "Keep the new answer" : "Keep this answer"}
          </button>
        </div>
      </form>
    </li>
  );
}

/**
 * A guided series: each prompt answered privately, with how many are answered shown. Only rendered while
 * the vault is open: the answers were opened in this tab, and each is sealed here.
 */
export function PromptSeries({
  accountId,
  spaceId,
  series,
  answers,
}: {
  accountId: string;
  spaceId: string;
  series: SoloSeriesId;
  answers: OpenedAnswer[];
}) {
  const { prompts } = soloSeries[series];
  const answered = prompts.filter((p) => answers.some((a) => a.promptId === p.id)).length;
  return (
    <>
      <p className="solo-progress">
        <progress max={prompts.length} value={answered} aria-hidden="true" />
        <span>
          {answered} of {prompts.length} answered
        </span>
      </p>
      <ol className="solo-prompts">
        {prompts.map((prompt, index) => (
          <PromptForm
            key={prompt.id}
            accountId={accountId}
            spaceId={spaceId}
            prompt={prompt}
            number={index + 1}
            answer={answers.find((a) => a.promptId === prompt.id)}
          />
        ))}
      </ol>
    </>
  );
}
