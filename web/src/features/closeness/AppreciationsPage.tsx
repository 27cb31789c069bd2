import { appreciationGuide } from "@mend/core/closeness/appreciations";
import type { AppreciationView } from "@mend/core/closeness/contract";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { useDraft } from "../drafts/use-draft.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { appreciationsQuery, useSendAppreciation } from "./api.ts";

export function AppreciationsPage() {
  const { spaceId = "" } = useParams();
  const space = useQuery(spaceQuery(spaceId));
  const appreciations = useQuery(appreciationsQuery(spaceId));
  useSpaceStream(spaceId);
  useDocumentTitle("Appreciations");

  if (space.isPending || appreciations.isPending) return <LoadingState label="Loading appreciations…" />;
  if (space.isError || appreciations.isError) {
    return (
      <div className="page page--narrow">
        <h1>Appreciations</h1>
        <ErrorState
          error={space.error ?? appreciations.error}
          onRetry={() => void Promise.all([space.refetch(), appreciations.refetch()])}
        />
      </div>
    );
  }
  const name = otherPersonName(space.data);
  const { received, sent, prompt } = appreciations.data;

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>Appreciations</h1>
      <section aria-labelledby="guide-title">
        <h2 id="guide-title" className="visually-hidden">
          {appreciationGuide.title}
        </h2>
        {appreciationGuide.paragraphs.map((paragraph, index) => (
          <p key={paragraph} className={index === 0 ? "lead" : undefined}>
            {paragraph}
          </p>
        ))}
      </section>

      {space.data.other ? (
        <SendForm spaceId={spaceId} name={name} promptText={prompt.text} />
      ) : (
        <div className="callout callout--welcome">
          <h2 className="callout__title">This opens once {name} joins</h2>
          <p>Appreciations are for the two of you, so there's nobody to send one to yet.</p>
        </div>
      )}

      <AppreciationList
        id="received"
        title={`From ${name}`}
        items={received}
        empty={`When ${name} writes you an appreciation, it will be kept here.`}
      />
      <AppreciationList
        id="sent"
        title="What you've sent"
        items={sent}
        empty="The appreciations you send will be kept here too."
        note="Mend never shows whether or when these were read."
      />
    </div>
  );
}

function SendForm({ spaceId, name, promptText }: { spaceId: string; name: string; promptText: string }) {
  const send = useSendAppreciation(spaceId);
  const [text, setText] = useState("");
  const [sent, setSent] = useState(false);
  const draft = useDraft({
    spaceId: spaceId,
    formKey: "appreciation:new",
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const errors = formErrorsFrom(send.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    setSent(false);
    send.mutate(
      { text },
      {
        onSuccess: () => {
          draft.clear();
          setText("");
          setSent(true);
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="write-title">
      <h2 id="write-title">Write one for {name}</h2>
      <div className="heal-prompt">
        <p className="heal-prompt__label">Today's question, if it helps</p>
        <p className="heal-prompt__text">{promptText}</p>
      </div>
      <ErrorSummary error={send.error} fieldIds={{ text: "appreciation-text" }} />
      {sent && <Notice>Sent. It will be on {name}'s home page.</Notice>}
      <form className="heal-form" onSubmit={submit} noValidate>
        <TextArea
          id="appreciation-text"
          label={`Your appreciation for ${name}`}
          hint="A line or two is plenty. Specific is better than grand."
          value={text}
          onChange={setText}
          error={errors.fields.text}
          maxLength={500}
          rows={3}
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={send.isPending}>
            {send.isPending ? "Sending…" : `Send to ${name}`}
          </button>
        </div>
      </form>
    </section>
  );
}

function AppreciationList(props: {
  id: string;
  title: string;
  items: AppreciationView[];
  empty: string;
  note?: string;
}) {
  const titleId = `${props.id}-title`;
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      {props.note && <p className="muted">{props.note}</p>}
      {props.items.length === 0 ? (
        <EmptyState title="Nothing here yet">
          <p>{props.empty}</p>
        </EmptyState>
      ) : (
        <ul className="heal-list">
          {props.items.map((item) => (
            <li key={item.id} className="heal-note">
              <p className="heal-note__text">{item.text}</p>
              <p className="heal-note__date">{formatDate(item.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
