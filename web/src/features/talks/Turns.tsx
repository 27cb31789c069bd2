import type { TalkView, TurnView } from "@mend/core/talks/contract";
import {
  listenerGuidance,
  maxTurnTextLength,
  type ReflectionRating,
  reflectionRatingLabels,
  reflectionRatings,
  speakerGuidance,
} from "@mend/core/talks/rules";
import { type FormEvent, useState } from "react";
import { isApiError, segment } from "../../api/client.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { CoachedTextArea } from "../coach/CoachedTextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useTalkStep } from "./api.ts";

interface Props {
  spaceId: string;
  talk: TalkView;
  otherName: string;
}

const who = (party: "you" | "other", name: string) => (party === "you" ? "You" : name);

/** A finished or earlier turn: the point, each try at saying it back, and how close each came. */
function TurnRecord({ turn, otherName }: { turn: TurnView; otherName: string }) {
  const listener = turn.speaker === "you" ? otherName : "You";
  return (
    <div className="turn">
      <p className="turn__who">{who(turn.speaker, otherName)} said</p>
      <p className="written turn__point">{turn.point}</p>
      {turn.attempts.map((attempt, index) => (
        <div key={attempt.id} className="turn__attempt">
          <p className="turn__who">
            {listener} heard{turn.attempts.length > 1 ? ` (try ${index + 1})` : ""}
          </p>
          <p className="written">{attempt.text}</p>
          {attempt.rating && (
            <p className={`status-pill status-pill--${attempt.rating === "thats_it" ? "done" : "quiet"}`}>
              {reflectionRatingLabels[attempt.rating]}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}

function TextStep({
  spaceId,
  formKey,
  id,
  label,
  hint,
  submitLabel,
  coached,
  onSend,
  pending,
  error,
}: {
  spaceId: string;
  /** The private draft this text is kept in until it is sent. */
  formKey: string;
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  coached: boolean;
  onSend: (text: string, done: () => void) => void;
  pending: boolean;
  error: unknown;
}) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft({
    spaceId: spaceId,
    formKey: formKey,
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const errors = problem ? { message: null, fields: { text: problem } } : formErrorsFrom(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (text.trim().length === 0) {
      setProblem("Write a few words first.");
      return;
    }
    setProblem(null);
    onSend(text.trim(), () => {
      draft.clear();
      setText("");
    });
  };
  const field = {
    id,
    label,
    hint,
    value: text,
    onChange: setText,
    error: errors.fields.text,
    maxLength: maxTurnTextLength,
    rows: 4,
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldIds={{ text: id }} />
      {coached ? <CoachedTextArea coach="message" {...field} /> : <TextArea {...field} />}
      <DraftNote draft={draft} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? "Sending…" : submitLabel}
      </button>
    </form>
  );
}

/** Speaker and listener: one point at a time, said back until the speaker says "that's it". */
export function Turns({ spaceId, talk, otherName }: Props) {
  const step = useTalkStep(spaceId, talk.id);
  const open = talk.turns.at(-1)?.status === "done" ? undefined : talk.turns.at(-1);
  const done = talk.turns.filter((turn) => turn !== open);

  const rate = (turn: TurnView, rating: ReflectionRating) =>
    step.mutate({ path: `turns/${segment(turn.id)}/rating`, body: { rating } });

  return (
    <section className="section" aria-labelledby="turns-title">
      <h2 id="turns-title">Taking turns</h2>
      {done.length > 0 && (
        <details className="disclosure">
          <summary>Earlier turns ({done.length})</summary>
          {done.map((turn) => (
            <TurnRecord key={turn.id} turn={turn} otherName={otherName} />
          ))}
        </details>
      )}

      {open && (
        <div className="panel turn-open">
          <TurnRecord turn={open} otherName={otherName} />
          {open.status === "awaiting_reflection" &&
            (talk.can.reflect ? (
              <TextStep
                key={`reflect-${open.attempts.length}`}
                spaceId={spaceId}
                formKey={draftKey("talk", talk.id, "heard", open.id)}
                id="turn-reflection"
                label={open.attempts.length > 0 ? "Try again: what did you hear?" : "Say back what you heard"}
                hint={listenerGuidance}
                submitLabel="Send what I heard"
                coached={false}
                pending={step.isPending}
                error={step.error}
                onSend={(text, clear) =>
                  step.mutate(
                    { path: `turns/${segment(open.id)}/reflections`, body: { text } },
                    { onSuccess: clear },
                  )
                }
              />
            ) : (
              <p className="waiting" role="status">
                Waiting for {otherName} to say back what they heard.
              </p>
            ))}
          {open.status === "awaiting_rating" &&
            (talk.can.rate ? (
              <div className="turn-rate">
                <p>How close did {otherName} come?</p>
                <div className="button-row button-row--tight">
                  {reflectionRatings.map((rating) => (
                    <button
                      key={rating}
                      type="button"
                      className={`button ${rating === "thats_it" ? "button--primary" : "button--secondary"}`}
                      disabled={step.isPending}
                      onClick={() => rate(open, rating)}
                    >
                      {reflectionRatingLabels[rating]}
                    </button>
                  ))}
                </div>
              </div>
            ) : (
              <p className="waiting" role="status">
                Waiting for {otherName} to say how close you came.
              </p>
            ))}
        </div>
      )}

      {talk.can.speak && (
        <div className="panel">
          <TextStep
            key={`speak-${talk.turns.length}`}
            spaceId={spaceId}
            formKey={draftKey("talk", talk.id, "point")}
            id="turn-point"
            label={talk.turns.length === 0 ? "Start: make your point" : "Your turn: make your point"}
            hint={speakerGuidance}
            submitLabel="Say it"
            coached
            pending={step.isPending}
            error={step.error}
            onSend={(text, clear) => step.mutate({ path: "turns", body: { text } }, { onSuccess: clear })}
          />
          <p className="muted">Either of you can take the floor. The other says back what they heard.</p>
        </div>
      )}
      {step.isError && open?.status === "awaiting_rating" && (
        <p className="form-error" role="alert">
          {isApiError(step.error) ? step.error.message : "That didn't work. Please try again."}
        </p>
      )}
    </section>
  );
}
