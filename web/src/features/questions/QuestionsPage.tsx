import type { QuestionDraftView, QuestionView } from "@mend/core/questions/contract";
import { askingGuidance, questionTopicGuide, questionTopics } from "@mend/core/questions/guidance";
import type { SpaceView } from "@mend/core/spaces/contract";
import { VaultError } from "@mend/core/vault/errors";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSession } from "../accounts/session.ts";
import { OpenVaultInPlace } from "../drafts/DraftNote.tsx";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { VaultClosedError } from "../vault/items.ts";
import { useVaultState, VaultGate } from "../vault/VaultGate.tsx";
import {
  type OpenedQuestionDraft,
  questionsQuery,
  useAskQuestion,
  useDeleteQuestionDraft,
  useOpenedQuestionDrafts,
  useSaveQuestionDraft,
} from "./api.ts";
import { emptyQuestion, type QuestionAction, QuestionForm } from "./QuestionForm.tsx";
import { QuestionList } from "./QuestionList.tsx";
import { detailLabel, topicLabel } from "./words.ts";

const isYourTurn = (q: QuestionView) => q.can.answer || q.can.review;
const isOpen = (q: QuestionView) => q.status === "awaiting_answer" || q.status === "awaiting_review";

export function QuestionsPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Questions and answers");
  const space = useQuery(spaceQuery(spaceId));
  const questions = useQuery(questionsQuery(spaceId));
  const session = useSession();
  useSpaceStream(spaceId);

  if (space.isPending || questions.isPending) return <LoadingState label="Loading your questions…" />;
  if (space.isError || questions.isError) {
    return (
      <div className="page page--narrow">
        <h1>Questions and answers</h1>
        <ErrorState
          error={space.error ?? questions.error}
          onRetry={() => void Promise.all([space.refetch(), questions.refetch()])}
        />
      </div>
    );
  }

  const name = otherPersonName(space.data);
  const accountId = session.data?.account?.id;
  const asks = space.data.you.role !== "broke_trust";
  const all = questions.data.questions;
  const yourTurn = all.filter(isYourTurn);
  const theirTurn = all.filter((q) => isOpen(q) && !isYourTurn(q));
  const settled = all.filter((q) => !isOpen(q));

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>Questions and answers</h1>
      <p className="lead">
        {asks
          ? `Ask what you need to understand, at your own pace. Write privately first if you like, and send when you're ready. ${name} answers here, and both of you see the whole history.`
          : `The questions ${name} asks you appear here. Answering honestly, at the level of detail they ask for, is one of the most direct ways to rebuild trust.`}
      </p>

      {asks && accountId && (
        <AskSection accountId={accountId} space={space.data} name={name} drafts={questions.data.drafts} />
      )}

      <section className="section" aria-labelledby="your-turn-title">
        <h2 id="your-turn-title">Waiting for you</h2>
        {yourTurn.length === 0 ? (
          <EmptyState title="Nothing is waiting for you" />
        ) : (
          <QuestionList spaceId={spaceId} questions={yourTurn} otherName={name} />
        )}
      </section>

      <section className="section" aria-labelledby="their-turn-title">
        <h2 id="their-turn-title">Waiting for {name}</h2>
        {theirTurn.length === 0 ? (
          <EmptyState title={`Nothing is waiting for ${name}`} />
        ) : (
          <QuestionList spaceId={spaceId} questions={theirTurn} otherName={name} />
        )}
      </section>

      {settled.length > 0 && (
        <section className="section" aria-labelledby="settled-title">
          <h2 id="settled-title">Answered, paused or set aside</h2>
          <QuestionList spaceId={spaceId} questions={settled} otherName={name} />
        </section>
      )}
    </div>
  );
}

function AskSection({
  accountId,
  space,
  name,
  drafts,
}: {
  accountId: string;
  space: SpaceView;
  name: string;
  drafts: QuestionDraftView[];
}) {
  const spaceId = space.id;
  const ask = useAskQuestion(spaceId);
  const saveDraft = useSaveQuestionDraft(accountId, spaceId);
  const [pending, setPending] = useState<QuestionAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState<OpenedQuestionDraft | null>(null);
  const canSend = space.other !== null;
  const lastError = ask.error ?? saveDraft.error;
  const vaultOpen = useVaultState(accountId) === "open";

  const submit = (
    input: {
      text: string;
      detail: OpenedQuestionDraft["detail"];
      topic?: NonNullable<OpenedQuestionDraft["topic"]>;
    },
    action: QuestionAction,
  ) => {
    ask.reset();
    saveDraft.reset();
    setPending(action);
    const done = (message: string) => {
      setPending(null);
      setNotice(message);
      setEditing(null);
      setFormKey((k) => k + 1);
    };
    const failed = () => setPending(null);
    if (action === "send") {
      ask.mutate(
        { ...input, ...(editing ? { draftId: editing.id } : {}) },
        { onSuccess: () => done(`Sent. ${name} can see your question now.`), onError: failed },
      );
    } else {
      saveDraft.mutate(
        { id: editing?.id ?? null, input },
        { onSuccess: () => done("Kept as a private draft. Only you can see it."), onError: failed },
      );
    }
  };

  return (
    <section className="section" aria-labelledby="ask-title">
      <h2 id="ask-title">{editing ? "Your draft question" : "Ask a question"}</h2>
      {notice && <Notice>{notice}</Notice>}
      <div className="questions-guidance">
        <h3 className="questions-guidance__title">What tends to help</h3>
        <ul>
          {askingGuidance.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <details className="disclosure">
          <summary>Kinds of questions people ask</summary>
          <dl className="summary-list">
            {questionTopics.map((topic) => (
              <div key={topic} className="summary-list__row">
                <dt>{questionTopicGuide[topic].label}</dt>
                <dd>{questionTopicGuide[topic].examples}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      {!canSend && (
        <p className="callout callout--info">
          You can send questions once {name} has joined. Until then, you can keep them here as private drafts.
        </p>
      )}
      {!vaultOpen && drafts.length === 0 && (
        <p className="draft-note__status">
          <OpenVaultInPlace accountId={accountId} why="and private drafts are kept in it." />
        </p>
      )}
      <div className="panel">
        <QuestionForm
          key={editing ? `draft-${editing.id}-${formKey}` : `new-${formKey}`}
          idPrefix="ask"
          initial={
            editing
              ? { text: editing.text, detail: editing.detail, topic: editing.topic ?? "" }
              : emptyQuestion
          }
          otherName={name}
          canSend={canSend}
          pending={pending}
          serverError={lastError}
          keepLabel={editing ? "Save my changes" : "Keep as a private draft"}
          onSubmit={submit}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </div>
      {drafts.length > 0 && (
        <VaultGate accountId={accountId} what="Each of your draft questions">
          <OpenedDrafts
            accountId={accountId}
            spaceId={spaceId}
            drafts={drafts}
            editingId={editing?.id ?? null}
            onEdit={(draft) => {
              setNotice(null);
              setEditing(draft);
              document.getElementById("ask-title")?.scrollIntoView({ block: "start" });
            }}
            onDeleted={(id) => {
              if (editing?.id === id) setEditing(null);
              setNotice("Draft deleted.");
            }}
          />
        </VaultGate>
      )}
    </section>
  );
}

interface DraftsProps {
  spaceId: string;
  drafts: OpenedQuestionDraft[];
  editingId: string | null;
  onEdit: (draft: OpenedQuestionDraft) => void;
  onDeleted: (id: string) => void;
}

/** The drafts as their writer reads them, opened in this tab; one that will not open says why. */
function OpenedDrafts({
  accountId,
  drafts,
  ...rest
}: Omit<DraftsProps, "drafts"> & { accountId: string; drafts: QuestionDraftView[] }) {
  const opened = useOpenedQuestionDrafts(accountId, rest.spaceId, drafts);
  if (opened.isPending) return <LoadingState label="Opening your drafts…" />;
  if (opened.isError) {
    return (
      <p role="alert" className="form-error">
        {opened.error instanceof VaultError || opened.error instanceof VaultClosedError
          ? opened.error.message
          : "Your drafts could not be opened just now. Reload the page to try again."}
      </p>
    );
  }
  return <Drafts {...rest} drafts={opened.data} />;
}

function Drafts({ spaceId, drafts, editingId, onEdit, onDeleted }: DraftsProps) {
  const remove = useDeleteQuestionDraft(spaceId);
  const [deleting, setDeleting] = useState<OpenedQuestionDraft | null>(null);
  if (drafts.length === 0) return null;
  return (
    <div className="question-drafts">
      <h3>Your private drafts</h3>
      <p className="muted">Only you can see these until you send them.</p>
      <ul className="question-list">
        {drafts.map((draft) => {
          const topic = topicLabel(draft.topic);
          return (
            <li key={draft.id} className="question-card question-card--draft">
              <p className="question-card__text written">{draft.text}</p>
              <p className="question-card__about">
                {detailLabel(draft.detail)}
                {topic && ` · ${topic}`} · saved {formatDateTime(draft.updatedAt)}
              </p>
              <div className="button-row button-row--tight">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onEdit(draft)}
                  disabled={editingId === draft.id}
                  aria-label={`Edit or send: ${draft.text.slice(0, 60)}`}
                >
                  {editingId === draft.id ? "Open above" : "Edit or send"}
                </button>
                <button
                  type="button"
                  className="button button--danger-outline button--small"
                  onClick={() => {
                    remove.reset();
                    setDeleting(draft);
                  }}
                  aria-label={`Delete draft: ${draft.text.slice(0, 60)}`}
                >
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this draft?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        pending={remove.isPending}
        pendingLabel="Deleting…"
        error={remove.error ? (isApiError(remove.error) ? remove.error.message : "That didn't work.") : null}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              onDeleted(deleting.id);
              setDeleting(null);
            },
          })
        }
        onCancel={() => setDeleting(null)}
      >
        <p>It was never sent, so nobody else has seen it.</p>
      </ConfirmDialog>
    </div>
  );
}
