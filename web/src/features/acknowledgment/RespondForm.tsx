import {
  acknowledgmentResponses,
  maxResponseNoteLength,
  responseGuidance,
  responseLabels,
  type StatementResponseView,
} from "@mend/core/acknowledgment/contract";
import type { AcknowledgmentResponseValue } from "@mend/core/method/facts";
import { type FormEvent, useState } from "react";
import { firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useRespond } from "./api.ts";

const choices = acknowledgmentResponses.map((value) => ({ value, label: responseLabels[value] }));
const fieldIds = { response: firstChoiceId("ack-response", choices), note: "ack-response-note" };

interface Props {
  spaceId: string;
  versionId: string;
  versionNumber: number;
  otherName: string;
  /** Your latest response to this version, if you gave one. */
  current: StatementResponseView | undefined;
}

/** How the latest acknowledgment reached you: heard, partly (with what is missing), or not yet. */
export function RespondForm({ spaceId, versionId, versionNumber, otherName, current }: Props) {
  const respond = useRespond(spaceId);
  const [editing, setEditing] = useState(current === undefined);
  const [response, setResponse] = useState<AcknowledgmentResponseValue | null>(null);
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const [sent, setSent] = useState(false);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("statement-response", versionId),
    value: { note },
    restore: (fields) => setNote(fields.note ?? ""),
  });

  const errors = problems ?? formErrorsFrom(respond.error);

  if (!editing && current) {
    return (
      <div className="panel statement-respond">
        {sent && <Notice>Sent. {otherName} can see your response now.</Notice>}
        <p>
          You said of version {versionNumber}: <strong>{responseLabels[current.response]}</strong>
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setSent(false);
            setEditing(true);
          }}
        >
          Change my response
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (respond.isPending) return;
    const fields: Record<string, string> = {};
    if (response === null) fields.response = "Choose how this version reached you.";
    if (response === "partly" && note.trim().length === 0) {
      fields.note = "Say what is still missing, so they have something concrete to work on.";
    }
    if (Object.keys(fields).length > 0) {
      setProblems({ message: null, fields });
      return;
    }
    setProblems(null);
    if (response === null) return;
    const trimmed = note.trim();
    respond.mutate(
      { versionId, input: { response, ...(trimmed ? { note: trimmed } : {}) } },
      {
        onSuccess: () => {
          draft.clear();
          setSent(true);
          setEditing(false);
          setResponse(null);
          setNote("");
        },
      },
    );
  };

  return (
    <div className="panel statement-respond">
      <h3>How did version {versionNumber} reach you?</h3>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          id="ack-response"
          legend="Your response"
          hint={responseGuidance}
          choices={choices}
          value={response}
          onChange={setResponse}
          error={errors.fields.response}
        />
        <TextArea
          id={fieldIds.note}
          label={response === "partly" ? "What is still missing?" : "Anything you'd like to add (optional)"}
          hint={`${otherName} will see this with your response.`}
          value={note}
          onChange={setNote}
          error={errors.fields.note}
          maxLength={maxResponseNoteLength}
          rows={4}
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={respond.isPending}>
            {respond.isPending ? "Sending…" : "Send my response"}
          </button>
          {current && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
