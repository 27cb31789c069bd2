import type { TalkView } from "@mend/core/talks/contract";
import { breakGuidance, breakSuggestionLabels, pauseAnnouncement } from "@mend/core/talks/rules";
import { useRef, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { Modal } from "../../ui/Modal.tsx";
import { useTalkStep } from "./api.ts";
import { clockText, minutesInWords, remainingMs, useNow } from "./clock.ts";
import { PauseDialog } from "./PauseDialog.tsx";
import { TimeForm } from "./TimeForm.tsx";
import { Turns } from "./Turns.tsx";
import { whenText } from "./words.ts";

interface Props {
  spaceId: string;
  talk: TalkView;
  otherName: string;
  /** Server time minus device time, from when this copy of the talk arrived. */
  offset: number;
}

type Timer = NonNullable<TalkView["timer"]>;

/** The shared countdown; only this ticks each second, not the page around it. */
function TalkClock({ timer, offset, running }: { timer: Timer; offset: number; running: boolean }) {
  const left = remainingMs(timer, offset, useNow(running));
  return (
    <p className="talk-bar__timer">
      <span className="talk-bar__label">{running ? "Time left" : "Paused with"}</span>{" "}
      <span className="talk-bar__clock" role="timer" aria-label={`${minutesInWords(left)} left`}>
        {clockText(left)}
      </span>
      {!running && <span className="talk-bar__label"> left</span>}
    </p>
  );
}

function TimeUp({ timer, offset }: { timer: Timer; offset: number }) {
  if (remainingMs(timer, offset, useNow(true)) > 0) return null;
  return (
    <div className="callout callout--info">
      <h2 className="callout__title">You've reached the time you agreed</h2>
      <p>
        It's a good moment to stop, even mid-way. Ending now and coming back another day often goes better
        than pushing on.
      </p>
    </div>
  );
}

/** The talk while it is on: the shared timer, Pause always in reach, the turns, and any break. */
export function TalkLive({ spaceId, talk, otherName, offset }: Props) {
  const step = useTalkStep(spaceId, talk.id);
  const [pausing, setPausing] = useState(false);
  const [ending, setEnding] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);
  const keepGoingRef = useRef<HTMLButtonElement>(null);
  const running = talk.status === "running";
  const pause = talk.break;

  return (
    <>
      <div className={`talk-bar${running ? "" : " talk-bar--paused"}`}>
        <div className="talk-bar__inner">
          {talk.timer && <TalkClock timer={talk.timer} offset={offset} running={running} />}
          {talk.can.pause && (
            <button
              type="button"
              className="button button--pause"
              onClick={() => {
                step.reset();
                setPausing(true);
              }}
            >
              Pause
            </button>
          )}
        </div>
      </div>

      {running && talk.timer && <TimeUp timer={talk.timer} offset={offset} />}

      {pause && (
        <section className="callout callout--care talk-break" aria-labelledby="break-title">
          <h2 id="break-title" className="callout__title">
            On a break until {whenText(pause.returnAt)}
          </h2>
          <p>{pause.by === "you" ? `You paused. ${otherName} sees:` : `${otherName} paused:`}</p>
          <blockquote className="pause-quote">{pauseAnnouncement}</blockquote>
          {pause.suggestion && (
            <p>
              <strong>For the break:</strong> {breakSuggestionLabels[pause.suggestion]}
            </p>
          )}
          <p>{breakGuidance}</p>
          {!talk.can.resume && (
            <p className="muted">
              {pause.by === "you"
                ? `You can come back from ${whenText(pause.youCanResumeFrom)}.`
                : `You can pick the talk up again from ${whenText(pause.youCanResumeFrom)}, the time ${otherName} chose.`}
            </p>
          )}
          <div className="button-row">
            {talk.can.resume && (
              <button
                type="button"
                className="button button--primary"
                disabled={step.isPending}
                onClick={() => step.mutate({ path: "resume" })}
              >
                Pick the talk up again
              </button>
            )}
            {talk.can.proposeTime && !rescheduling && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setRescheduling(true)}
              >
                Carry on another time
              </button>
            )}
          </div>
          {rescheduling && (
            <TimeForm
              otherName={otherName}
              pending={step.isPending}
              error={step.error}
              submitLabel="Suggest this time"
              onCancel={() => setRescheduling(false)}
              onSubmit={(startsAt) =>
                step.mutate({ path: "time", body: { startsAt } }, { onSuccess: () => setRescheduling(false) })
              }
            />
          )}
        </section>
      )}

      {running && <Turns spaceId={spaceId} talk={talk} otherName={otherName} />}

      {step.isError && !pausing && !ending && !rescheduling && (
        <p className="form-error" role="alert">
          {isApiError(step.error) ? step.error.message : "That didn't work. Please try again."}
        </p>
      )}

      {talk.can.end && (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              step.reset();
              setEnding(true);
            }}
          >
            End the talk
          </button>
        </div>
      )}

      <PauseDialog
        open={pausing}
        otherName={otherName}
        pending={step.isPending}
        error={pausing ? step.error : null}
        onClose={() => setPausing(false)}
        onPause={(body) => step.mutate({ path: "pause", body }, { onSuccess: () => setPausing(false) })}
      />
      <Modal
        open={ending}
        title="End the talk?"
        onClose={() => setEnding(false)}
        initialFocus={keepGoingRef}
        busy={step.isPending}
      >
        <p>
          Did you get through what you meant to talk about? Stopping early is fine; you can come back to it.
        </p>
        {ending && step.isError && (
          <p className="dialog__error" role="alert">
            {isApiError(step.error) ? step.error.message : "That didn't work. Please try again."}
          </p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={step.isPending}
            onClick={() =>
              step.mutate({ path: "end", body: { finished: true } }, { onSuccess: () => setEnding(false) })
            }
          >
            Yes, we got through it
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={step.isPending}
            onClick={() =>
              step.mutate({ path: "end", body: { finished: false } }, { onSuccess: () => setEnding(false) })
            }
          >
            Stop here for now
          </button>
          <button type="button" className="link-button" ref={keepGoingRef} onClick={() => setEnding(false)}>
            Keep going
          </button>
        </div>
      </Modal>
    </>
  );
}
