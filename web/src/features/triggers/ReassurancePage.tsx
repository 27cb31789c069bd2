import type { ReassuranceView } from "@mend/core/triggers/contract";
import {
  maxReassuranceMessageLength,
  maxReassuranceReplyLength,
  type ReassuranceAsk,
  reassuranceAskLabels,
  reassuranceAsks,
  reassuranceGuidance,
  reassuranceOpening,
} from "@mend/core/triggers/fields";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { reassuranceQuery, useAskReassurance, useRateReassurance, useReplyReassurance } from "./api.ts";

const askChoices = reassuranceAsks.map((value) => ({ value, label: reassuranceAskLabels[value] }));

export function ReassurancePage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Reassurance");
  const space = useQuery(spaceQuery(spaceId));
  const list = useQuery(reassuranceQuery(spaceId));
  useSpaceStream(spaceId);

  if (space.isPending || list.isPending) return <LoadingState label="Loading…" />;
  if (space.isError || list.isError) {
    return (
      <div className="page page--narrow">
        <h1>Reassurance</h1>
        <ErrorState
          error={space.error ?? list.error}
          onRetry={() => void Promise.all([space.refetch(), list.refetch()])}
        />
      </div>
    );
  }
  const name = otherPersonName(space.data);
  const asks = space.data.you.role !== "broke_trust";
  const base = `/spaces/${segment(spaceId)}`;
  const received = list.data.requests.filter((r) => r.from === "other");
  const sent = list.data.requests.filter((r) => r.from === "you");

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Reassurance</h1>
      <p className="lead">
        {asks
          ? `In a hard moment, you can ask ${name} for what would help. They see your request here and on their home page in Mend.`
          : `When ${name} is struggling, they can ask you for reassurance here. A warm answer soon is one of the clearest ways to show you're in this.`}
      </p>

      {asks && space.data.other !== null && <AskForm spaceId={spaceId} name={name} />}
      {asks && space.data.other === null && (
        <p className="callout callout--info">You can ask for reassurance once {name} has joined the space.</p>
      )}

      {(received.length > 0 || !asks) && (
        <section className="section" aria-labelledby="received-title">
          <h2 id="received-title">From {name}</h2>
          {received.length === 0 ? (
            <EmptyState title="No requests">
              <p>When {name} asks for reassurance, it will appear here and on your home page.</p>
            </EmptyState>
          ) : (
            <>
              <ul className="plain-list">
                {reassuranceGuidance.map((line) => (
                  <li key={line} className="muted">
                    {line}
                  </li>
                ))}
              </ul>
              <RequestList spaceId={spaceId} requests={received} name={name} />
            </>
          )}
        </section>
      )}

      {asks && (
        <section className="section" aria-labelledby="sent-title">
          <h2 id="sent-title">What you asked for</h2>
          {sent.length === 0 ? (
            <EmptyState title="Nothing asked yet" />
          ) : (
            <RequestList spaceId={spaceId} requests={sent} name={name} />
          )}
        </section>
      )}
    </div>
  );
}

function AskForm({ spaceId, name }: { spaceId: string; name: string }) {
  const ask = useAskReassurance(spaceId);
  const [choice, setChoice] = useState<ReassuranceAsk | null>(null);
  const [message, setMessage] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const [sent, setSent] = useState(false);
  const draft = useDraft({
    spaceId,
    formKey: "reassurance:new",
    value: { message },
    restore: (fields) => setMessage(fields.message ?? ""),
  });
  const errors = problems ?? formErrorsFrom(ask.error);
  const fieldIds = { ask: firstChoiceId("reassurance-ask", askChoices), message: "reassurance-message" };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ask.isPending) return;
    if (choice === null && message.trim().length === 0) {
      setProblems({
        message: null,
        fields: {
          message: "Choose what would help, or write a few words, so they know how to be there for you.",
        },
      });
      return;
    }
    setProblems(null);
    ask.mutate(
      { ...(choice ? { ask: choice } : {}), ...(message.trim() ? { message: message.trim() } : {}) },
      {
        onSuccess: () => {
          draft.clear();
          setSent(true);
          setChoice(null);
          setMessage("");
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="ask-title">
      <h2 id="ask-title">Ask for reassurance</h2>
      {sent && <Notice>Sent. {name} will see it the next time they open Mend.</Notice>}
      <div className="panel">
        <ErrorSummary errors={errors} fieldIds={fieldIds} />
        <form className="form" onSubmit={submit} noValidate>
          <RadioGroup
            id="reassurance-ask"
            legend={reassuranceOpening}
            choices={askChoices}
            value={choice}
            onChange={(value) => {
              setSent(false);
              setChoice(value);
            }}
            error={errors.fields.ask}
          />
          <TextArea
            id={fieldIds.message}
            label={choice ? "Anything to add (optional)" : "Or say it in your own words"}
            value={message}
            onChange={setMessage}
            error={errors.fields.message}
            maxLength={maxReassuranceMessageLength}
            rows={3}
          />
          <DraftNote draft={draft} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={ask.isPending}>
              {ask.isPending ? "Sending…" : `Send to ${name}`}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}

function RequestList({
  spaceId,
  requests,
  name,
}: {
  spaceId: string;
  requests: ReassuranceView[];
  name: string;
}) {
  return (
    <ul className="request-list">
      {requests.map((request) => (
        <Request key={request.id} spaceId={spaceId} request={request} name={name} />
      ))}
    </ul>
  );
}

function Request({ spaceId, request, name }: { spaceId: string; request: ReassuranceView; name: string }) {
  const reply = useReplyReassurance(spaceId);
  const rate = useRateReassurance(spaceId);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("reassurance", request.id, "reply"),
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const fromYou = request.from === "you";
  const replyId = `reply-${request.id}`;
  const replyError =
    problem ?? formErrorsFrom(reply.error).fields.text ?? formErrorsFrom(reply.error).message ?? undefined;

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (reply.isPending) return;
    if (text.trim().length === 0) {
      setProblem("Write your reply.");
      return;
    }
    setProblem(null);
    reply.mutate(
      { id: request.id, text: text.trim() },
      {
        onSuccess: () => {
          draft.clear();
          setText("");
        },
      },
    );
  };

  return (
    <li className={`request${request.can.reply ? " request--waiting" : ""}`}>
      <p className="request__from">
        {fromYou ? "You asked" : `${name} asked`} · {formatDateTime(request.createdAt)}
      </p>
      {request.ask && (
        <p className="request__ask">
          {reassuranceOpening} {reassuranceAskLabels[request.ask]}
        </p>
      )}
      {request.message && <p className="written request__message">{request.message}</p>}

      {request.replies.length > 0 && (
        <ul className="request__replies">
          {request.replies.map((item) => (
            <li key={item.id} className="request__reply">
              <p className="request__from">
                {item.by === "you" ? "You replied" : `${name} replied`} · {formatDateTime(item.at)}
              </p>
              <p className="written">{item.text}</p>
            </li>
          ))}
        </ul>
      )}

      {request.outcome && (
        <p className={`status-pill status-pill--${request.outcome.helped ? "done" : "quiet"}`}>
          {fromYou
            ? request.outcome.helped
              ? "You said it helped"
              : "You said it didn't help this time"
            : request.outcome.helped
              ? `${name} said it helped`
              : `${name} said it didn't help this time`}
        </p>
      )}

      {request.can.reply && (
        <form className="form request__form" onSubmit={send} noValidate>
          <TextArea
            id={replyId}
            label={request.replies.length > 0 ? "Add to your reply" : "Your reply"}
            value={text}
            onChange={setText}
            error={replyError}
            maxLength={maxReassuranceReplyLength}
            rows={3}
          />
          <DraftNote draft={draft} />
          <button type="submit" className="button button--primary" disabled={reply.isPending}>
            {reply.isPending ? "Sending…" : "Send reply"}
          </button>
        </form>
      )}

      {request.can.rateOutcome && (
        <div className="request__rate">
          <p>Did {name}'s reply help?</p>
          <div className="button-row button-row--tight">
            <button
              type="button"
              className="button button--secondary"
              disabled={rate.isPending}
              onClick={() => rate.mutate({ id: request.id, helped: true })}
            >
              That helped
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={rate.isPending}
              onClick={() => rate.mutate({ id: request.id, helped: false })}
            >
              It didn't help
            </button>
          </div>
          {rate.isError && (
            <p className="form-error" role="alert">
              {isApiError(rate.error) ? rate.error.message : "That didn't work. Please try again."}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
