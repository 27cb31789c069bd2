import type { QuestionView } from "@mend/core/questions/contract";
import { detailLevelGuide } from "@mend/core/questions/guidance";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { questionQuery, useQuestionStep } from "./api.ts";
import { AnswerForm, NeedTimeForm, ReviewForm } from "./QuestionActions.tsx";
import { QuestionThread } from "./QuestionThread.tsx";
import { statusText, statusTone, topicLabel } from "./words.ts";

export function QuestionPage() {
  const { spaceId = "", questionId = "" } = useParams();
  useDocumentTitle("A question");
  const space = useQuery(spaceQuery(spaceId));
  const question = useQuery(questionQuery(spaceId, questionId));
  useSpaceStream(spaceId);
  const listPath = `/spaces/${segment(spaceId)}/questions`;

  if (space.isPending || question.isPending) return <LoadingState label="Opening the question…" />;
  if (space.isError || question.isError) {
    const missing = isApiError(question.error, "not_found");
    return (
      <div className="page page--narrow">
        <h1>{missing ? "This question isn't here" : "We couldn't open this question"}</h1>
        <ErrorState
          error={space.error ?? question.error}
          onRetry={missing ? undefined : () => void Promise.all([space.refetch(), question.refetch()])}
        >
          <p>
            <Link to={listPath}>Go to all questions</Link>
          </p>
        </ErrorState>
      </div>
    );
  }
  return (
    <Question
      spaceId={spaceId}
      question={question.data}
      name={otherPersonName(space.data)}
      listPath={listPath}
    />
  );
}

type Open = "answer" | "edit" | "need_time" | null;

function Question({
  spaceId,
  question,
  name,
  listPath,
}: {
  spaceId: string;
  question: QuestionView;
  name: string;
  listPath: string;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmAside, setConfirmAside] = useState(false);
  const step = useQuestionStep(spaceId, question.id);
  const asked = question.askedBy === "you";
  const topic = topicLabel(question.topic);
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
  };
  // Answering is the main thing to do when it's your turn, so its form is open without a click.
  const showAnswer = question.can.answer && open !== "need_time";

  return (
    <div className="page page--wide">
      <p className="eyebrow">
        <Link to={listPath}>All questions</Link>
      </p>
      <h1 className="question-title">
        <span className="visually-hidden">{asked ? "Your question: " : `${name}'s question: `}</span>
        <span className="written">{question.text}</span>
      </h1>
      <p className="question-card__meta">
        <span className={`status-pill status-pill--${statusTone[question.status]}`}>
          {statusText(question, name)}
        </span>
        {question.overdue && <span className="status-pill status-pill--late">Past the promised time</span>}
      </p>
      <p className="muted">
        {asked ? "You asked" : `${name} asked`} on {formatDateTime(question.sentAt)}
        {topic && ` · ${topic}`} · {detailLevelGuide[question.detail].label}
      </p>
      {notice && <Notice>{notice}</Notice>}

      {question.overdue && question.answerBy && (
        <div className="callout callout--care">
          <h2 className="callout__title">The promised time has passed</h2>
          <p>
            {asked
              ? `${name} said they would answer by ${formatDateTime(question.answerBy)}.`
              : `You said you would answer by ${formatDateTime(question.answerBy)}. You can answer now, or give a new time you can keep.`}
          </p>
        </div>
      )}
      {!question.overdue && question.answerBy && question.status === "awaiting_answer" && (
        <p className="callout callout--info">
          {asked ? `${name} will answer by` : "You said you'd answer by"} {formatDateTime(question.answerBy)}.
        </p>
      )}

      <section className="section" aria-labelledby="thread-title">
        <h2 id="thread-title">What has happened so far</h2>
        {question.thread.length === 0 ? (
          <p className="muted">{asked ? `Waiting for ${name} to answer.` : "No answer yet."}</p>
        ) : (
          <QuestionThread thread={question.thread} otherName={name} />
        )}
      </section>

      {showAnswer && (
        <AnswerForm key="answer" spaceId={spaceId} question={question} otherName={name} onDone={done} />
      )}
      {open === "edit" && (
        <AnswerForm
          key="edit"
          spaceId={spaceId}
          question={question}
          otherName={name}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === "need_time" && (
        <NeedTimeForm
          spaceId={spaceId}
          question={question}
          otherName={name}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {question.can.review && (
        <ReviewForm spaceId={spaceId} question={question} otherName={name} onDone={done} />
      )}

      <div className="button-row">
        {question.can.needTime && open !== "need_time" && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("need_time")}>
            I need time
          </button>
        )}
        {question.can.editAnswer && !question.can.answer && open !== "edit" && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("edit")}>
            Change my answer
          </button>
        )}
        {question.can.setAside && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              step.reset();
              setConfirmAside(true);
            }}
          >
            Set aside for now
          </button>
        )}
        {question.can.reopen && (
          <button
            type="button"
            className="button button--secondary"
            disabled={step.isPending}
            onClick={() => step.mutate({ step: "reopen" }, { onSuccess: () => done("Picked up again.") })}
          >
            Pick this up again
          </button>
        )}
      </div>
      {step.isError && !confirmAside && (
        <p className="form-error" role="alert">
          {isApiError(step.error) ? step.error.message : "That didn't work. Please try again."}
        </p>
      )}

      <ConfirmDialog
        open={confirmAside}
        title="Set this question aside?"
        confirmLabel="Set it aside"
        cancelLabel="Not now"
        tone="primary"
        pending={step.isPending}
        pendingLabel="Setting it aside…"
        error={step.isError ? (isApiError(step.error) ? step.error.message : "That didn't work.") : null}
        onConfirm={() =>
          step.mutate(
            { step: "set-aside" },
            {
              onSuccess: () => {
                setConfirmAside(false);
                done("Set aside. It stays here for when you're ready.");
              },
            },
          )
        }
        onCancel={() => setConfirmAside(false)}
      >
        <p>
          If it's too painful to go on with right now, that's allowed, for either of you. Nothing is lost: the
          question and everything said about it stay here, and it can be picked up again later.
        </p>
      </ConfirmDialog>
    </div>
  );
}
