import { type AmendView, proposeAmendInput } from "@mend/core/amends/contract";
import { type AmendOrigin, maxAmendLength } from "@mend/core/amends/fields";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DateField } from "../closeness/DateField.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { useDraft } from "../drafts/use-draft.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { AmendCard } from "./AmendCard.tsx";
import { amendsQuery, useProposeAmend } from "./api.ts";

const open = (amend: AmendView) =>
  amend.status === "proposed" || amend.status === "accepted" || amend.status === "done";

export function AmendsPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Amends");
  const space = useQuery(spaceQuery(spaceId));
  const list = useQuery(amendsQuery(spaceId));
  useSpaceStream(spaceId);

  if (space.isPending || list.isPending) return <LoadingState label="Loading amends…" />;
  if (space.isError || list.isError) {
    return (
      <div className="page page--narrow">
        <h1>Amends</h1>
        <ErrorState
          error={space.error ?? list.error}
          onRetry={() => void Promise.all([space.refetch(), list.refetch()])}
        />
      </div>
    );
  }
  const name = otherPersonName(space.data);
  const { amends, canOffer, canAsk, otherPresent } = list.data;
  const base = `/spaces/${segment(spaceId)}`;
  const current = amends.filter(open);
  const closed = amends.filter((amend) => !open(amend));

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Amends</h1>
      <p className="lead">
        {canOffer && !canAsk
          ? `An apology says what you did; an amend does something about it. Offer what you honestly can to repair part of the damage, or ask ${name} what would help.`
          : canAsk && !canOffer
            ? `If something would repair part of the damage, you can ask ${name} for it. You owe nobody an answer, and you can decline anything offered.`
            : `Each of you can offer an amend for your part, or ask the other for one. Either of you can decline, or suggest something else.`}
      </p>
      <p className="muted">
        An agreed amend is marked made by the one who makes it and confirmed by the other; only then does it
        count in the trust record and the journey. Everything here stays on the{" "}
        <Link to={`${base}/record`}>record</Link> as it was written.
      </p>

      {otherPresent ? (
        <ProposeForm spaceId={spaceId} name={name} canOffer={canOffer} canAsk={canAsk} />
      ) : (
        <p className="callout callout--info">
          Amends are between two people: you can offer or ask once {name} has joined.
        </p>
      )}

      <section className="section" aria-labelledby="current-title">
        <h2 id="current-title">Under way</h2>
        {current.length === 0 ? (
          <EmptyState title="No amends under way">
            <p>What is offered or asked for appears here, with where it stands.</p>
          </EmptyState>
        ) : (
          <ul className="amend-list">
            {current.map((amend) => (
              <AmendCard key={amend.id} spaceId={spaceId} amend={amend} name={name} />
            ))}
          </ul>
        )}
      </section>

      {closed.length > 0 && (
        <section className="section" aria-labelledby="closed-title">
          <h2 id="closed-title">Made, declined or replaced</h2>
          <ul className="amend-list">
            {closed.map((amend) => (
              <AmendCard key={amend.id} spaceId={spaceId} amend={amend} name={name} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ProposeForm({
  spaceId,
  name,
  canOffer,
  canAsk,
}: {
  spaceId: string;
  name: string;
  canOffer: boolean;
  canAsk: boolean;
}) {
  const propose = useProposeAmend(spaceId);
  const [origin, setOrigin] = useState<AmendOrigin | null>(
    canOffer && canAsk ? null : canOffer ? "offered" : "asked",
  );
  const [what, setWhat] = useState("");
  const [byDate, setByDate] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const [sent, setSent] = useState<AmendOrigin | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: "amends:new",
    value: { what },
    restore: (fields) => setWhat(fields.what ?? ""),
  });
  const errors = problems ?? formErrorsFrom(propose.error);
  const fieldIds = { origin: "amend-origin--offered", what: "amend-what", byDate: "amend-by-date" };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (propose.isPending) return;
    const checked = checkInput(proposeAmendInput, {
      origin: origin ?? undefined,
      what,
      ...(byDate ? { byDate } : {}),
    });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    propose.mutate(checked.input, {
      onSuccess: () => {
        draft.clear();
        setSent(checked.input.origin);
        setWhat("");
        setByDate("");
      },
    });
  };

  const title =
    canOffer && !canAsk ? "Offer an amend" : canAsk && !canOffer ? "Ask for an amend" : "Offer or ask";
  return (
    <section className="section" aria-labelledby="propose-title">
      <h2 id="propose-title">{title}</h2>
      {sent && (
        <Notice>
          {sent === "offered" ? "Offered." : "Asked."} {name} will see it here and can answer.
        </Notice>
      )}
      <div className="panel">
        <ErrorSummary errors={errors} fieldIds={fieldIds} />
        <form className="form" onSubmit={submit} noValidate>
          {canOffer && canAsk && (
            <RadioGroup
              id="amend-origin"
              legend="What would you like to do?"
              choices={[
                { value: "offered", label: "Offer an amend for my part" },
                { value: "asked", label: `Ask ${name} for one` },
              ]}
              value={origin}
              onChange={(value) => {
                setSent(null);
                setOrigin(value);
              }}
              error={errors.fields.origin}
            />
          )}
          <TextArea
            id={fieldIds.what}
            label={origin === "asked" ? "What would help repair some of the damage?" : "What will you do?"}
            hint={
              origin === "asked"
                ? "Something they can do, not something they must feel: 'tell my mother the truth yourself'."
                : "Something specific you can really do, that answers the harm: not a gift to move things along."
            }
            value={what}
            onChange={(value) => {
              setSent(null);
              setWhat(value);
            }}
            error={errors.fields.what}
            maxLength={maxAmendLength}
            rows={3}
          />
          <DateField
            id={fieldIds.byDate}
            label="By when (optional)"
            hint="Leave it empty if there is no date."
            value={byDate}
            onChange={setByDate}
            error={errors.fields.byDate}
          />
          <DraftNote draft={draft} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={propose.isPending}>
              {propose.isPending ? "Sending…" : origin === "asked" ? `Ask ${name}` : `Offer to ${name}`}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
