import type { TalkView } from "@mend/core/talks/contract";
import { earlyStartMinutes } from "@mend/core/talks/rules";
import { useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { useTalkStep } from "./api.ts";
import { TimeForm } from "./TimeForm.tsx";
import { whenText } from "./words.ts";

interface Props {
  spaceId: string;
  talk: TalkView;
  otherName: string;
}

/** Before the talk: saying yes, suggesting another time, starting, or calling it off. */
export function TalkBefore({ spaceId, talk, otherName }: Props) {
  const step = useTalkStep(spaceId, talk.id);
  const [suggesting, setSuggesting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const proposal = talk.proposal;
  const earliestStart =
    talk.scheduledFor === null
      ? null
      : new Date(Date.parse(talk.scheduledFor) - earlyStartMinutes * 60_000).toISOString();

  return (
    <section className="section" aria-labelledby="plan-title">
      <h2 id="plan-title">{talk.status === "proposed" ? "When to talk" : "Agreed"}</h2>
      {talk.status === "proposed" && proposal && (
        <p className="talk-when">
          {proposal.by === "you" ? "You suggested" : `${otherName} suggested`}{" "}
          <strong>{proposal.startsAt === null ? "talking now" : whenText(proposal.startsAt)}</strong>.
          {proposal.by === "you" && ` Waiting for ${otherName} to say yes.`}
        </p>
      )}
      {talk.status === "scheduled" && (
        <p className="talk-when">
          {talk.scheduledFor === null ? (
            "You've both said yes. Start whenever you're both ready."
          ) : (
            <>
              You've both said yes to <strong>{whenText(talk.scheduledFor)}</strong>.
              {!talk.can.start && earliestStart && ` You can start from ${whenText(earliestStart)}.`}
            </>
          )}
        </p>
      )}

      <div className="button-row">
        {talk.can.accept && proposal && (
          <button
            type="button"
            className="button button--primary"
            disabled={step.isPending}
            onClick={() => step.mutate({ path: "accept" })}
          >
            {proposal.startsAt === null ? "Yes, let's talk now" : "Yes, that time works"}
          </button>
        )}
        {talk.can.start && (
          <button
            type="button"
            className="button button--primary"
            disabled={step.isPending}
            onClick={() => step.mutate({ path: "start" })}
          >
            Start the talk
          </button>
        )}
        {talk.can.proposeTime && !suggesting && (
          <button type="button" className="button button--secondary" onClick={() => setSuggesting(true)}>
            {proposal?.by === "you" ? "Change the time" : "Suggest another time"}
          </button>
        )}
        {talk.can.cancel && (
          <button
            type="button"
            className="button button--danger-outline"
            onClick={() => {
              step.reset();
              setCancelling(true);
            }}
          >
            Call it off
          </button>
        )}
      </div>
      {step.isError && !suggesting && !cancelling && (
        <p className="form-error" role="alert">
          {isApiError(step.error) ? step.error.message : "That didn't work. Please try again."}
        </p>
      )}
      {suggesting && (
        <TimeForm
          otherName={otherName}
          pending={step.isPending}
          error={step.error}
          submitLabel="Suggest this time"
          onCancel={() => setSuggesting(false)}
          onSubmit={(startsAt) =>
            step.mutate({ path: "time", body: { startsAt } }, { onSuccess: () => setSuggesting(false) })
          }
        />
      )}
      <ConfirmDialog
        open={cancelling}
        title="Call off this talk?"
        confirmLabel="Call it off"
        cancelLabel="Keep it"
        pending={step.isPending}
        pendingLabel="Calling it off…"
        error={step.isError ? (isApiError(step.error) ? step.error.message : "That didn't work.") : null}
        onConfirm={() => step.mutate({ path: "cancel" }, { onSuccess: () => setCancelling(false) })}
        onCancel={() => setCancelling(false)}
      >
        <p>{otherName} will see that it was called off. You can propose another talk whenever you like.</p>
      </ConfirmDialog>
    </section>
  );
}
