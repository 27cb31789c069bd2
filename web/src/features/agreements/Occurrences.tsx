import type { OccurrenceView, PromiseView } from "@mend/core/agreements/promise-contract";
import { useState } from "react";
import { formatDateTime } from "../../ui/dates.ts";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { useMarkOccurrence, useRespondToMark } from "./api.ts";

interface Props {
  spaceId: string;
  occurrences: OccurrenceView[];
  promises: ReadonlyMap<string, PromiseView>;
  name: string;
  onDone: (message: string) => void;
}

export function OccurrenceList(props: Props) {
  return (
    <ul className="occurrence-list">
      {props.occurrences.map((occurrence) => (
        <OccurrenceItem
          key={`${occurrence.promiseId}-${occurrence.key}`}
          {...props}
          occurrence={occurrence}
        />
      ))}
    </ul>
  );
}

function statusText(occurrence: OccurrenceView, maker: string): string {
  switch (occurrence.status) {
    case "upcoming":
      return "Coming up";
    case "open":
      return "Open now";
    case "kept":
      if (occurrence.confirmation === "confirmed") return "Kept and confirmed";
      if (occurrence.confirmation === "disputed") return "Kept, seen differently";
      return "Kept, waiting to be confirmed";
    case "missed":
      return occurrence.missed === "self_reported"
        ? `Missed (${maker} said so)`
        : "Missed (not marked in time)";
  }
}

const pillTone: Record<OccurrenceView["status"], string> = {
  upcoming: "quiet",
  open: "waiting",
  kept: "done",
  missed: "missed",
};

function OccurrenceItem({
  spaceId,
  occurrence,
  promises,
  name,
  onDone,
}: Props & { occurrence: OccurrenceView }) {
  const promise = promises.get(occurrence.promiseId);
  const mark = useMarkOccurrence(spaceId);
  const respond = useRespondToMark(spaceId);
  const [note, setNote] = useState("");
  const maker = promise?.maker === "you" ? "you" : name;
  const noteId = `note-${occurrence.promiseId}-${occurrence.key}`;
  const error = formErrorsFrom(mark.error ?? respond.error).message;
  const busy = mark.isPending || respond.isPending;
  const trimmed = note.trim() ? { note: note.trim() } : {};
  const text = promise?.text ?? "A promise";
  // Once answered, the occurrence moves to another list and this item is replaced, so the message is
  // passed on from the promise rather than from a callback tied to this item.
  const after = (sent: Promise<unknown>, message: string) =>
    sent.then(
      () => onDone(message),
      () => undefined, // The mutation's own error is shown beside the buttons.
    );

  return (
    <li className={`occurrence occurrence--${occurrence.status}`}>
      <p className="occurrence__text written">{text}</p>
      <p className="occurrence__meta">
        <span className={`status-pill status-pill--${pillTone[occurrence.status]}`}>
          {statusText(occurrence, maker)}
        </span>{" "}
        Due {formatDateTime(occurrence.dueAt)}
        {occurrence.status === "open" && <> · can be marked until {formatDateTime(occurrence.closesAt)}</>}
      </p>
      {occurrence.mark?.note && <p className="occurrence__note">“{occurrence.mark.note}”</p>}
      {occurrence.response && (
        <p className="occurrence__note">
          {promise?.maker === "you" ? name : "You"}{" "}
          {occurrence.response.response === "confirmed" ? "confirmed it" : "saw it differently"}
          {occurrence.response.note && <>: “{occurrence.response.note}”</>}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {(occurrence.can.mark || occurrence.can.respond) && (
        <div className="occurrence__actions">
          <TextArea
            id={noteId}
            label="A note (optional)"
            value={note}
            onChange={setNote}
            maxLength={1000}
            rows={1}
          />
          {occurrence.can.mark && (
            <div className="button-row button-row--tight">
              <button
                type="button"
                className="button button--primary button--small"
                disabled={busy}
                aria-label={`I kept it: ${text}`}
                onClick={() =>
                  after(
                    mark.mutateAsync({
                      promiseId: occurrence.promiseId,
                      body: { occurrence: occurrence.key, outcome: "kept", ...trimmed },
                    }),
                    `Marked as kept. ${name} can confirm it.`,
                  )
                }
              >
                I kept it
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy}
                aria-label={`I missed it: ${text}`}
                onClick={() =>
                  after(
                    mark.mutateAsync({
                      promiseId: occurrence.promiseId,
                      body: { occurrence: occurrence.key, outcome: "missed", ...trimmed },
                    }),
                    "Marked as missed. Saying so yourself is part of rebuilding trust.",
                  )
                }
              >
                I missed it
              </button>
            </div>
          )}
          {occurrence.can.respond && occurrence.mark && (
            <RespondButtons
              busy={busy}
              text={text}
              onRespond={(response) =>
                occurrence.mark &&
                after(
                  respond.mutateAsync({
                    promiseId: occurrence.promiseId,
                    markId: occurrence.mark.id,
                    body: { response, ...trimmed },
                  }),
                  `Thank you. ${name} can see your answer.`,
                )
              }
            />
          )}
        </div>
      )}
    </li>
  );
}

export function RespondButtons({
  busy,
  text,
  onRespond,
}: {
  busy: boolean;
  text: string;
  onRespond: (response: "confirm" | "dispute") => void;
}) {
  return (
    <div className="button-row button-row--tight">
      <button
        type="button"
        className="button button--primary button--small"
        disabled={busy}
        aria-label={`Yes, I saw that: ${text}`}
        onClick={() => onRespond("confirm")}
      >
        Yes, I saw that
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={busy}
        aria-label={`I see it differently: ${text}`}
        onClick={() => onRespond("dispute")}
      >
        I see it differently
      </button>
    </div>
  );
}
