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
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { DateTimeField, fromLocalInput, toLocalInput } from "../../ui/DateTimeField.tsx";
import { Modal } from "./Modal.tsx";

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
const lengthChoices = lengths.map((value) => ({ value, label: lengthLabels[value] }));
const suggestionChoices = breakSuggestions.map((value) => ({ value, label: breakSuggestionLabels[value] }));

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
        <RadioGroup
          id="break-length"
          legend="Back in"
          hint={`At least ${minBreakMinutes} minutes: that's about how long a body takes to settle.`}
          choices={lengthChoices}
          value={length}
          onChange={setLength}
        />
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
        <RadioGroup
          id="break-suggestion"
          legend="Something for the break (optional)"
          choices={suggestionChoices}
          value={suggestion}
          onChange={setSuggestion}
        />
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
