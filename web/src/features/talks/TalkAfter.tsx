import type { TalkView } from "@mend/core/talks/contract";
import { maxReflectionLength, maxSummaryLength } from "@mend/core/talks/rules";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import { openedTalkReflectionQuery, useTalkReflection, useTalkStep } from "./api.ts";

interface Props {
  spaceId: string;
  talk: TalkView;
  otherName: string;
}

/** After the talk: a reflection only you will read, and a summary for both, if you'd like one. */
export function TalkAfter({ spaceId, talk, otherName }: Props) {
  return (
    <>
      {talk.can.writeReflection && <PrivateReflection spaceId={spaceId} talk={talk} />}
      <section className="section" aria-labelledby="summaries-title">
        <h2 id="summaries-title">Shared summary</h2>
        <p className="muted">
          A few lines on what you talked about and anything you agreed. {otherName} sees what you write here.
        </p>
        {talk.summaries.length > 0 && (
          <ul className="plain-list talk-summaries">
            {talk.summaries.map((summary) => (
              <li key={summary.id} className="panel">
                <p className="turn__who">
                  {summary.by === "you" ? "You" : otherName} · {formatDateTime(summary.at)}
                </p>
                <p className="written">{summary.text}</p>
              </li>
            ))}
          </ul>
        )}
        {talk.can.summarize && <SummaryForm spaceId={spaceId} talk={talk} otherName={otherName} />}
      </section>
    </>
  );
}

function PrivateReflection({ spaceId, talk }: { spaceId: string; talk: TalkView }) {
  const accountId = useAccountId();
  return (
    <section className="section" aria-labelledby="reflection-title">
      <h2 id="reflection-title">Your private reflection</h2>
      <div className="private-note">
        <p className="private-note__title">Only you will ever see this.</p>
        <p>How did it go for you? What did you notice, and what would you do differently next time?</p>
      </div>
      <VaultGate accountId={accountId} what="Your reflection">
        <OpenedReflection accountId={accountId} spaceId={spaceId} talk={talk} />
      </VaultGate>
    </section>
  );
}

/** Only rendered while the vault is open: the reflection is opened in this tab before it can be edited. */
function OpenedReflection({
  accountId,
  spaceId,
  talk,
}: {
  accountId: string;
  spaceId: string;
  talk: TalkView;
}) {
  const opened = useQuery(openedTalkReflectionQuery(accountId, spaceId, talk));
  if (opened.isPending) return <LoadingState label="Opening your reflection…" />;
  if (opened.isError) return <ErrorState error={opened.error} onRetry={() => void opened.refetch()} />;
  return <ReflectionForm accountId={accountId} spaceId={spaceId} talk={talk} initial={opened.data} />;
}

function ReflectionForm({
  accountId,
  spaceId,
  talk,
  initial,
}: {
  accountId: string;
  spaceId: string;
  talk: TalkView;
  initial: string;
}) {
  const save = useTalkReflection(accountId, spaceId, talk.id);
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const draft = useDraft({
    spaceId: spaceId,
    formKey: draftKey("talk", talk.id, "reflection"),
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const errors = problem ? { message: null, fields: { text: problem } } : formErrorsFrom(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (text.trim().length === 0) {
      setProblem("Write your reflection first.");
      return;
    }
    setProblem(null);
    save.mutate(text.trim(), {
      onSuccess: () => {
        draft.clear();
        setSaved(true);
      },
    });
  };

  return (
    <>
      {saved && <Notice>Saved, for you alone.</Notice>}
      <ErrorSummary errors={errors} fieldIds={{ text: "talk-reflection" }} />
      <form className="form" onSubmit={submit} noValidate>
        <TextArea
          id="talk-reflection"
          label="Your reflection"
          value={text}
          onChange={(value) => {
            setSaved(false);
            setText(value);
          }}
          error={errors.fields.text}
          maxLength={maxReflectionLength}
          rows={5}
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save my reflection"}
          </button>
          {talk.yourReflection && !saved && (
            <span className="muted">Last saved {formatDateTime(talk.yourReflection.updatedAt)}</span>
          )}
        </div>
      </form>
    </>
  );
}

function SummaryForm({ spaceId, talk, otherName }: Props) {
  const step = useTalkStep(spaceId, talk.id);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft({
    spaceId: spaceId,
    formKey: draftKey("talk", talk.id, "summary"),
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const errors = problem ? { message: null, fields: { text: problem } } : formErrorsFrom(step.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step.isPending) return;
    if (text.trim().length === 0) {
      setProblem("Write the summary first.");
      return;
    }
    setProblem(null);
    step.mutate(
      { path: "summaries", body: { text: text.trim() } },
      {
        onSuccess: () => {
          draft.clear();
          setText("");
        },
      },
    );
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={{ text: "talk-summary" }} />
      <form className="form" onSubmit={submit} noValidate>
        <TextArea
          id="talk-summary"
          label={talk.summaries.length > 0 ? "Add to the summary" : "Your summary"}
          hint={`Shared with ${otherName} as soon as you add it.`}
          value={text}
          onChange={setText}
          error={errors.fields.text}
          maxLength={maxSummaryLength}
          rows={4}
        />
        <DraftNote draft={draft} />
        <button type="submit" className="button button--secondary" disabled={step.isPending}>
          {step.isPending ? "Sharing…" : "Share this summary"}
        </button>
      </form>
    </>
  );
}
