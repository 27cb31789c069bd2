import type { AgreementDetailView } from "@mend/core/agreements/contract";
import { withdrawalNotice } from "@mend/core/agreements/wording";
import { useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { draftKey } from "../drafts/use-draft.ts";
import { AgreementForm, draftFrom } from "./AgreementForm.tsx";
import { type AgreementStep, useAgreementStep } from "./api.ts";

type Confirmable = "decline" | "cancel" | "renew" | "retire" | "withdraw";

const confirmText: Record<Confirmable, { title: string; confirm: string; pending: string; done: string }> = {
  decline: {
    title: "Decline this?",
    confirm: "Decline",
    pending: "Declining…",
    done: "Declined. It stays in the history for you both.",
  },
  cancel: {
    title: "Take back your proposal?",
    confirm: "Take it back",
    pending: "Taking it back…",
    done: "Taken back. It stays in the history for you both.",
  },
  renew: {
    title: "Propose keeping it as it is?",
    confirm: "Propose keeping it",
    pending: "Sending…",
    done: "Sent. It continues once the other person agrees.",
  },
  retire: {
    title: "Propose retiring it?",
    confirm: "Propose retiring it",
    pending: "Sending…",
    done: "Sent. It stays in place until the other person agrees to retire it.",
  },
  withdraw: {
    title: "Step back from this agreement?",
    confirm: "Step back",
    pending: "Saving…",
    done: "You've stepped back from it. The other person can see that, and your note if you added one.",
  },
};

interface Props {
  spaceId: string;
  agreement: AgreementDetailView;
  name: string;
  onDone: (message: string) => void;
}

/** What the reader may do with the agreement now: the server says which steps are open to them. */
export function AgreementActions({ spaceId, agreement, name, onDone }: Props) {
  const step = useAgreementStep(spaceId, agreement.id);
  const [editing, setEditing] = useState<"counter" | "revise" | null>(null);
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const [note, setNote] = useState("");
  const { can, pending } = agreement;
  const pendingId = pending?.id ?? "";
  const anything =
    can.accept ||
    can.counter ||
    can.decline ||
    can.cancel ||
    can.renew ||
    can.revise ||
    can.retire ||
    can.withdraw;
  if (!anything) return null;

  const send = (input: AgreementStep, done: string, sent?: () => void) => {
    step.mutate(input, {
      onSuccess: () => {
        sent?.();
        setEditing(null);
        setConfirming(null);
        setNote("");
        onDone(done);
      },
    });
  };
  const trimmedNote = note.trim() ? { note: note.trim() } : {};
  const confirmInput = (kind: Confirmable): AgreementStep => {
    switch (kind) {
      case "decline":
      case "cancel":
        return { step: kind, body: { pendingId, ...trimmedNote } };
      case "renew":
        return { step: "renew", body: trimmedNote };
      case "retire":
      case "withdraw":
        return { step: kind, body: trimmedNote };
    }
  };

  if (editing) {
    const terms = editing === "counter" && pending?.terms ? pending.terms : agreement.terms;
    return (
      <section className="section" aria-labelledby="edit-terms-title">
        <h2 id="edit-terms-title">{editing === "counter" ? "Suggest changes" : "Propose new wording"}</h2>
        <p className="muted">
          {editing === "counter"
            ? `${name} will see your version and can accept it, suggest changes back, or decline.`
            : `The current wording stays in place until ${name} accepts the new one.`}
        </p>
        <div className="panel">
          <AgreementForm
            spaceId={spaceId}
            idPrefix={editing}
            otherName={name}
            initial={draftFrom(terms)}
            submitLabel={`Send to ${name}`}
            pendingLabel="Sending…"
            pending={step.isPending}
            serverError={step.error}
            draftKey={draftKey("agreement", agreement.id, editing)}
            onSubmit={(input, sent) =>
              editing === "counter"
                ? send(
                    { step: "counter", body: { ...input, pendingId } },
                    `Sent. ${name} can see your changes now.`,
                    sent,
                  )
                : send({ step: "revise", body: input }, `Sent. ${name} can see the new wording now.`, sent)
            }
            onCancel={() => {
              step.reset();
              setEditing(null);
            }}
          />
        </div>
      </section>
    );
  }

  const open = (kind: Confirmable) => {
    step.reset();
    setNote("");
    setConfirming(kind);
  };
  const answering = can.accept || can.counter || can.decline;
  const stepError = step.error && !confirming ? formErrorsFrom(step.error).message : null;

  return (
    <section className="section" aria-labelledby="actions-title">
      <h2 id="actions-title">{answering ? "Your answer" : "What you can do"}</h2>
      {answering && (
        <p>
          Take your time. Accepting means you both choose this; suggesting changes or declining is just as
          fine.
        </p>
      )}
      {stepError && (
        <p className="form-error" role="alert">
          {stepError}
        </p>
      )}
      <div className="button-row">
        {can.accept && (
          <button
            type="button"
            className="button button--primary"
            disabled={step.isPending}
            onClick={() =>
              send(
                { step: "accept", body: { pendingId } },
                pending?.kind === "retirement" ? "Accepted. The agreement is retired." : "Accepted.",
              )
            }
          >
            {step.isPending ? "Saving…" : "Accept"}
          </button>
        )}
        {can.counter && (
          <button type="button" className="button button--secondary" onClick={() => setEditing("counter")}>
            Suggest changes
          </button>
        )}
        {can.decline && (
          <button type="button" className="button button--secondary" onClick={() => open("decline")}>
            Decline
          </button>
        )}
        {can.cancel && (
          <button type="button" className="button button--secondary" onClick={() => open("cancel")}>
            Take back my proposal
          </button>
        )}
        {can.renew && (
          <button type="button" className="button button--secondary" onClick={() => open("renew")}>
            Keep it as it is
          </button>
        )}
        {can.revise && (
          <button type="button" className="button button--secondary" onClick={() => setEditing("revise")}>
            Change the wording
          </button>
        )}
        {can.retire && (
          <button type="button" className="button button--secondary" onClick={() => open("retire")}>
            Retire it
          </button>
        )}
      </div>
      {can.withdraw && (
        <div className="withdraw">
          <p className="muted">{withdrawalNotice}</p>
          <button type="button" className="button button--danger-outline" onClick={() => open("withdraw")}>
            Step back from this agreement
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? confirmText[confirming].title : ""}
        confirmLabel={confirming ? confirmText[confirming].confirm : ""}
        pendingLabel={confirming ? confirmText[confirming].pending : undefined}
        cancelLabel="Not now"
        tone={confirming === "withdraw" || confirming === "decline" ? "danger" : "primary"}
        pending={step.isPending}
        error={step.error ? (isApiError(step.error) ? step.error.message : "That didn't work.") : null}
        onConfirm={() => confirming && send(confirmInput(confirming), confirmText[confirming].done)}
        onCancel={() => setConfirming(null)}
      >
        {confirming === "withdraw" && <p>{withdrawalNotice}</p>}
        {confirming === "renew" && (
          <p>The wording stays the same. Once {name} agrees, the next review is counted from then.</p>
        )}
        {confirming === "retire" && <p>It stays in place until {name} agrees, and its history stays.</p>}
        {(confirming === "decline" || confirming === "cancel") && (
          <p>Nothing is deleted: you both keep seeing what was proposed.</p>
        )}
        <TextArea
          id="agreement-step-note"
          label={`A note for ${name} (optional)`}
          value={note}
          onChange={setNote}
          maxLength={1000}
          rows={2}
        />
      </ConfirmDialog>
    </section>
  );
}
