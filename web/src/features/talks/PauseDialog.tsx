import {
  type BreakSuggestion,
  breakSuggestionLabels,
  breakSuggestions,
  maxBreakMinutes,
  minBreakMinutes,
  pauseAnnouncement,
} from "@mend/core/talks/rules";
import { type FormEvent, useRef, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { DateTimeField, fromLocalInput, toLocalInput } from "../../ui/DateTimeField.tsx";
import { Modal } from "../../ui/Modal.tsx";

const lengths = ["20", "30", "60", "120", "240", "choose"] as const;
type Length = (typeof lengths)[number];
const lengthLabels: Record<Length, string> = {
  "20": "20 minutes",
  "30": "30 minutes",
  "60": "An hour",
  "120": "Two hours",
  "240": "Four hours",
  choose: "Until a time I choose",
};

interface Props {
  open: boolean;
  otherName: string;
  pending: boolean;
  error: unknown;
  onPause: (input: { breakMinutes: number; suggestion?: BreakSuggestion }) => void;
  onClose: () => void;
}

/**
 * Pausing asks for no reason. The break is 20 minutes unless the person picks longer, so pressing
 * Pause and then Enter is enough when words are hard to find.
 */
export function PauseDialog({ open, otherName, pending, error, onPause, onClose }: Props) {
  const pauseRef = useRef<HTMLButtonElement>(null);
  const [length, setLength] = useState<Length>("20");
  const [until, setUntil] = useState(() => toLocalInput(new Date(Date.now() + 60 * 60_000)));
  const [suggestion, setSuggestion] = useState<BreakSuggestion | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    let minutes = Number(length);
    if (length === "choose") {
      const at = fromLocalInput(until);
      minutes = at === null ? Number.NaN : Math.round((Date.parse(at) - Date.now()) / 60_000);
      if (!(minutes >= minBreakMinutes && minutes <= maxBreakMinutes)) {
        setProblem(`Choose a time between ${minBreakMinutes} minutes and 24 hours from now.`);
        return;
      }
    }
    setProblem(null);
    onPause({ breakMinutes: minutes, ...(suggestion ? { suggestion } : {}) });
  };

  return (
    <Modal open={open} title="Take a break" onClose={onClose} initialFocus={pauseRef} busy={pending}>
      <form onSubmit={submit} noValidate>
        <p>No reason needed. {otherName} will see:</p>
        <blockquote className="pause-quote">{pauseAnnouncement}</blockquote>
        <div className="field">
          <label className="field__label" htmlFor="break-length">
            Back in
          </label>
          <div className="field__hint" id="break-length-hint">
            At least {minBreakMinutes} minutes: about how long a body takes to settle.
          </div>
          <select
            id="break-length"
            className="select"
            value={length}
            aria-describedby="break-length-hint"
            onChange={(event) => setLength(lengths.find((l) => l === event.target.value) ?? "20")}
          >
            {lengths.map((value) => (
              <option key={value} value={value}>
                {lengthLabels[value]}
              </option>
            ))}
          </select>
        </div>
        {length === "choose" && (
          <DateTimeField
            id="break-until"
            label="Back at"
            value={until}
            onChange={setUntil}
            error={problem ?? undefined}
            min={toLocalInput(new Date(Date.now() + minBreakMinutes * 60_000))}
            max={toLocalInput(new Date(Date.now() + maxBreakMinutes * 60_000))}
          />
        )}
        <div className="field">
          <label className="field__label" htmlFor="break-suggestion">
            Something for the break (optional)
          </label>
          <select
            id="break-suggestion"
            className="select pause-suggestion"
            value={suggestion ?? ""}
            onChange={(event) =>
              setSuggestion(breakSuggestions.find((b) => b === event.target.value) ?? null)
            }
          >
            <option value="">Nothing in particular</option>
            {breakSuggestions.map((value) => (
              <option key={value} value={value}>
                {breakSuggestionLabels[value]}
              </option>
            ))}
          </select>
        </div>
        {error !== null && error !== undefined && (
          <p className="dialog__error" role="alert">
            {isApiError(error) ? error.message : "That didn't work. Please try again."}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" ref={pauseRef} disabled={pending}>
            {pending ? "Pausing…" : "Pause now"}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={pending}>
            Keep talking
          </button>
        </div>
      </form>
    </Modal>
  );
}
