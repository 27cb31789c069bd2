import {
  acknowledgmentShareInput,
  impactShareInput,
  type OwnStatementView,
} from "@mend/core/acknowledgment/contract";
import { maxPartLength, requiredParts } from "@mend/core/acknowledgment/parts";
import type { CoachFinding, CoachRewrite } from "@mend/core/coach/index";
import { labelInfo } from "@mend/core/coach/labels";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { holdWriting } from "../accounts/renewal.ts";
import { CoachPanel, useCoachAnalysis } from "../coach/CoachPanel.tsx";
import { selectWordsIn } from "../coach/show-words.ts";
import { useDebouncedValue } from "../coach/use-debounced-value.ts";
import { newVaultItemId } from "../vault/items.ts";
import { useDiscardDraft, useSaveDraft, useShareStatement } from "./api.ts";
import { type AnyPart, completeParts, joinParts, partFieldId, partGuide, partsOf, spanAt } from "./parts.ts";
import { type Autosave, useAutosave } from "./use-autosave.ts";

interface Props {
  accountId: string;
  spaceId: string;
  own: OwnStatementView;
  /** The draft's parts, opened in this tab; null when there is no draft. */
  draftParts: Record<string, string> | null;
  otherName: string;
  /** Called after the draft is thrown away, so the editor starts again from the latest version. */
  onDiscarded: () => void;
  onShared: (versionNumber: number) => void;
}

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });

function SaveStatus({ autosave, savedAt }: { autosave: Autosave; savedAt: string | null }) {
  switch (autosave.status) {
    case "idle":
      return (
        <span>
          {savedAt ? `Last saved ${formatDateTime(savedAt)}.` : "Nothing is saved until you start writing."}
        </span>
      );
    case "waiting":
    case "saving":
      return <span>Saving…</span>;
    case "saved":
      return <span>Saved{autosave.savedAt ? ` at ${timeOnly.format(autosave.savedAt)}` : ""}.</span>;
    case "failed":
      return (
        <span role="alert">
          We couldn't save your draft just now.{" "}
          <button type="button" className="link-button" onClick={autosave.retry}>
            Try again
          </button>
        </span>
      );
  }
}

/** Checks the parts the way the server will, so problems show before anything is sent. */
function shareProblems(own: OwnStatementView, parts: Record<string, string>): FormErrors {
  const schema = own.kind === "impact" ? impactShareInput : acknowledgmentShareInput;
  const result = schema.safeParse({ parts });
  const fields: Record<string, string> = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const part = issue.path[1];
      if (typeof part === "string") fields[part] ??= issue.message;
    }
  }
  const latest = own.versions.at(-1);
  const unchanged =
    latest !== undefined &&
    partsOf(own.kind).every(
      (part) => (parts[part] ?? "").trim() === (latest.parts as Record<string, string>)[part],
    );
  return {
    message: unchanged
      ? `This is the same as version ${latest.number}, which you already shared. Change something first.`
      : null,
    fields,
  };
}

/**
 * Your own statement, written in guided parts. The draft is private and saves itself as you write,
 * sealed in this tab so the server keeps words it cannot read; sharing sends it, in the clear, as a
 * fixed version. The coach reads the whole statement as you go, here in the browser.
 */
export function StatementEditor({
  accountId,
  spaceId,
  own,
  draftParts,
  otherName,
  onDiscarded,
  onShared,
}: Props) {
  const kind = own.kind;
  const latest = own.versions.at(-1);
  const [parts, setParts] = useState(() => completeParts(kind, draftParts ?? latest?.parts ?? {}));
  // The draft keeps its id while it lives: the id is bound into its envelope.
  const draftId = useRef(own.draft?.id ?? newVaultItemId());
  const saveDraft = useSaveDraft(accountId, spaceId, kind);
  const autosave = useAutosave(parts, (value) =>
    saveDraft.mutateAsync({ id: draftId.current, parts: value }),
  );
  // A draft kept in the clear before drafts were sealed is sealed as soon as its writer sees it.
  const keptInTheClear = own.draft !== null && own.draft.sealed === null;
  const upgrade = saveDraft.mutate;
  useEffect(() => {
    if (keptInTheClear && draftParts) upgrade({ id: draftId.current, parts: draftParts });
  }, [keptInTheClear, draftParts, upgrade]);
  // Words not yet shared keep the page in place if the session ends (see `accounts/renewal.ts`).
  const unshared = partsOf(kind).some(
    (part) =>
      (parts[part] ?? "").trim() !== ((latest?.parts as Record<string, string> | undefined)?.[part] ?? ""),
  );
  useEffect(() => (unshared ? holdWriting() : undefined), [unshared]);
  const share = useShareStatement(spaceId, kind);
  const discard = useDiscardDraft(spaceId, kind);
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const [confirming, setConfirming] = useState<"share" | "discard" | null>(null);

  const settled = useDebouncedValue(parts, 300);
  const joined = useMemo(() => joinParts(kind, settled), [kind, settled]);
  const coachKind = kind === "acknowledgment" ? "apology" : "message";
  const { analysis } = useCoachAnalysis(coachKind, joined.text);
  const coachId = `coach-${kind}`;
  const notesIn = (part: AnyPart) =>
    (analysis?.findings ?? []).filter(
      (finding) =>
        labelInfo[finding.label].effect === "hurts" && spanAt(joined.spans, finding.start)?.part === part,
    ).length;
  const errors = problems ?? formErrorsFrom(share.error);
  const fieldIds = Object.fromEntries(partsOf(kind).map((part) => [part, partFieldId(kind, part)]));
  const required = requiredParts[kind] as readonly AnyPart[];
  const nextNumber = (latest?.number ?? 0) + 1;

  const placeOf = (finding: CoachFinding) => {
    const span = spanAt(joined.spans, finding.start);
    return span ? `In “${partGuide(kind, span.part).title}”` : undefined;
  };
  const showWords = (finding: CoachFinding) => {
    const span = spanAt(joined.spans, finding.start);
    if (span)
      selectWordsIn(partFieldId(kind, span.part), finding.start - span.start, finding.end - span.start);
  };

  /** Puts a chosen rewrite into the one field it falls in, if that field is as the coach read it. */
  const takeWording = (_next: string, rewrite: CoachRewrite) => {
    const span = spanAt(joined.spans, rewrite.start);
    if (!span || rewrite.end > span.end) return;
    const read = settled[span.part] ?? "";
    if ((parts[span.part] ?? "") !== read) return;
    const start = rewrite.start - span.start;
    const value = read.slice(0, start) + rewrite.text + read.slice(rewrite.end - span.start);
    setParts((current) => ({ ...current, [span.part]: value }));
    requestAnimationFrame(() =>
      selectWordsIn(partFieldId(kind, span.part), start, start + rewrite.text.length),
    );
  };

  const askToShare = (event: FormEvent) => {
    event.preventDefault();
    const found = shareProblems(own, parts);
    if (found.message || Object.keys(found.fields).length > 0) {
      setProblems(found);
      return;
    }
    setProblems(null);
    share.reset();
    setConfirming("share");
  };

  // The editor starts afresh once the shared version arrives, so what follows a request is awaited
  // here rather than passed to `mutate`, whose callbacks are dropped when the component goes away.
  const shareNow = async () => {
    await autosave.stop();
    try {
      await share.mutateAsync(parts);
    } catch {
      autosave.resume();
      return;
    }
    setConfirming(null);
    onShared(nextNumber);
  };

  const discardNow = async () => {
    await autosave.stop();
    try {
      await discard.mutateAsync();
    } catch {
      autosave.resume();
      return;
    }
    setConfirming(null);
    onDiscarded();
  };

  const dialogError = (error: unknown) =>
    error ? (isApiError(error) ? error.message : "That didn't work. Please try again.") : null;

  return (
    <div className="coach-layout">
      <div className="coach-layout__main">
        <div className="private-note">
          <p className="private-note__title">Only you can see this draft.</p>
          <p>
            It saves as you write. {otherName} sees nothing until you choose to share a version.{" "}
            <span className="private-note__status">
              <SaveStatus autosave={autosave} savedAt={own.draft?.updatedAt ?? null} />
            </span>
          </p>
        </div>
        {own.draft === null && latest && (
          <p className="muted">
            This starts from version {latest.number}, which you shared on {formatDateTime(latest.sharedAt)}.
            Change what you need, then share it as version {nextNumber}.
          </p>
        )}

        <ErrorSummary errors={errors} fieldIds={fieldIds} title="A few parts need a look before sharing" />
        <form className="form statement-form" onSubmit={askToShare} noValidate>
          {partsOf(kind).map((part) => {
            const guide = partGuide(kind, part);
            const notes = notesIn(part);
            return (
              <div key={part} className="statement-part-wrap">
                <TextArea
                  id={partFieldId(kind, part)}
                  className="statement-part"
                  label={
                    required.includes(part) ? guide.title : `${guide.title} (can wait for a later version)`
                  }
                  hint={
                    <>
                      <p className="statement-part__prompt">{guide.prompt}</p>
                      <ul className="statement-part__hints">
                        {guide.hints.map((hint) => (
                          <li key={hint}>{hint}</li>
                        ))}
                      </ul>
                    </>
                  }
                  value={parts[part] ?? ""}
                  onChange={(value) => setParts((current) => ({ ...current, [part]: value }))}
                  error={errors.fields[part]}
                  maxLength={maxPartLength}
                  rows={5}
                />
                {notes > 0 && (
                  <p className="coach-inline">
                    The language coach has {notes === 1 ? "a note" : `${notes} notes`} on this part.{" "}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        const panel = document.getElementById(coachId);
                        panel?.focus({ preventScroll: true });
                        panel?.scrollIntoView({ block: "start" });
                      }}
                    >
                      Read {notes === 1 ? "it" : "them"}
                    </button>
                  </p>
                )}
              </div>
            );
          })}
          {!own.can.share && (
            <p className="callout callout--info">
              You can share this once {otherName} has joined the space. Your draft is kept until then.
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              disabled={!own.can.share || share.isPending}
            >
              Share this version
            </button>
            {own.draft !== null && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  discard.reset();
                  setConfirming("discard");
                }}
              >
                Throw away this draft
              </button>
            )}
          </div>
        </form>
      </div>

      <div className="coach-layout__side">
        <CoachPanel
          id={coachId}
          kind={coachKind}
          text={joined.text}
          delayMs={0}
          placeOf={placeOf}
          onShowWords={showWords}
          onUseWording={takeWording}
        />
      </div>

      <ConfirmDialog
        open={confirming === "share"}
        title={`Share version ${nextNumber} with ${otherName}?`}
        confirmLabel="Share this version"
        cancelLabel="Not yet"
        tone="primary"
        pending={share.isPending}
        pendingLabel="Sharing…"
        error={dialogError(share.error)}
        onConfirm={() => void shareNow()}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {otherName} will see it exactly as it is now. A shared version is fixed: you can share a new one
          later, and both of you will still see this one.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === "discard"}
        title="Throw away this draft?"
        confirmLabel="Throw it away"
        cancelLabel="Keep it"
        pending={discard.isPending}
        pendingLabel="Throwing it away…"
        error={dialogError(discard.error)}
        onConfirm={() => void discardNow()}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {latest
            ? `What you changed since version ${latest.number} will be gone. Shared versions stay as they are.`
            : "What you have written so far will be gone."}
        </p>
      </ConfirmDialog>
    </div>
  );
}
