import { destroyLetterConfirmation } from "@mend/core/forgiveness/practices";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useBlocker, useNavigate, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { JsonExportButton } from "../ending/ExportLinks.tsx";
import { useAccountId, useVaultState, VaultGate } from "../vault/VaultGate.tsx";
import { letterQuery, type OpenedLetter, useDestroyLetter, useSaveLetter } from "./api.ts";

const fieldIds = { title: "letter-title", body: "letter-body" };

/** `/letters/new` writes a letter; `/letters/:letterId` opens one to change it or let it go. */
export function LetterPage() {
  const { spaceId = "", letterId } = useParams();
  const accountId = useAccountId();
  // A letter is written and read only with the vault open: it is sealed and opened in this tab.
  const vaultState = useVaultState(accountId);
  const [released, setReleased] = useState(false);
  useDocumentTitle(released ? "Letter let go" : letterId ? "Your letter" : "A new letter");
  const lettersPath = `/spaces/${segment(spaceId)}/letters`;

  if (released) return <AfterLettingGo lettersPath={lettersPath} />;
  if (vaultState !== "open") {
    return (
      <div className="page page--narrow">
        <p className="eyebrow">
          <Link to={lettersPath}>Your unsent letters</Link>
        </p>
        <h1>{letterId ? "Your letter" : "A new letter"}</h1>
        <VaultGate accountId={accountId} what={letterId ? "This letter" : "A new letter"}>
          {null}
        </VaultGate>
      </div>
    );
  }
  return (
    <VaultGate accountId={accountId} what={letterId ? "This letter" : "A new letter"}>
      <OpenLetter
        accountId={accountId}
        spaceId={spaceId}
        letterId={letterId}
        lettersPath={lettersPath}
        onReleased={() => setReleased(true)}
      />
    </VaultGate>
  );
}

/** The letter, opened from the vault in this tab, or an empty page for a new one. */
function OpenLetter({
  accountId,
  spaceId,
  letterId,
  lettersPath,
  onReleased,
}: {
  accountId: string;
  spaceId: string;
  letterId: string | undefined;
  lettersPath: string;
  onReleased: () => void;
}) {
  const existing = useQuery({
    ...letterQuery(accountId, spaceId, letterId ?? ""),
    enabled: letterId !== undefined,
  });
  if (letterId && existing.isPending) return <LoadingState label="Opening your letter…" />;
  if (letterId && existing.isError) {
    const missing = isApiError(existing.error, "not_found");
    return (
      <div className="page page--narrow">
        <h1>{missing ? "This letter isn't here" : "We couldn't open this letter"}</h1>
        <ErrorState
          title={missing ? "It may have been let go already" : "Something got in the way"}
          error={existing.error}
          onRetry={missing ? undefined : () => void existing.refetch()}
        >
          <p>
            <Link to={lettersPath}>Go to your letters</Link>
          </p>
        </ErrorState>
      </div>
    );
  }
  return (
    // No key: once a new letter is kept, the same editor carries on under the letter's own address.
    <LetterEditor
      accountId={accountId}
      spaceId={spaceId}
      letter={existing.data ?? null}
      lettersPath={lettersPath}
      onReleased={onReleased}
    />
  );
}

function LetterEditor({
  accountId,
  spaceId,
  letter,
  lettersPath,
  onReleased,
}: {
  accountId: string;
  spaceId: string;
  letter: OpenedLetter | null;
  lettersPath: string;
  onReleased: () => void;
}) {
  const save = useSaveLetter(accountId, spaceId);
  const destroy = useDestroyLetter(spaceId);
  const navigate = useNavigate();
  const [title, setTitle] = useState(letter?.title ?? "");
  const [body, setBody] = useState(letter?.body ?? "");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("letter", letter?.id ?? "new"),
    value: { title, body },
    restore: (fields) => {
      setTitle(fields.title ?? "");
      setBody(fields.body ?? "");
    },
  });
  const errors = formErrorsFrom(save.error);
  const kept = { title: letter?.title ?? "", body: letter?.body ?? "" };
  const unkept = (title.trim() !== kept.title || body !== kept.body) && body.trim() !== "";
  // Moving on inside Mend with words not yet kept asks first. (Quick exit is never held back.)
  const movingToKeptLetter = useRef(false);
  const leaving = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unkept && !movingToKeptLetter.current && currentLocation.pathname !== nextLocation.pathname,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { id: letter?.id ?? null, words: { title, body } },
      {
        onSuccess: (saved) => {
          draft.clear();
          if (!letter) {
            // A new letter, once kept, carries on at its own address.
            movingToKeptLetter.current = true;
            void Promise.resolve(navigate(`${lettersPath}/${segment(saved.id)}`, { replace: true })).finally(
              () => {
                movingToKeptLetter.current = false;
              },
            );
          }
          setSavedAt(saved.updatedAt);
        },
      },
    );
  };

  const letGo = () =>
    letter &&
    destroy.mutate(letter.id, {
      onSuccess: () => {
        draft.discard();
        setConfirming(false);
        onReleased();
      },
    });

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={lettersPath}>Your unsent letters</Link>
      </p>
      <h1>{letter ? "Your letter" : "A new letter"}</h1>
      <p className="lead">Only you will ever read this. Write it however it comes.</p>
      {savedAt && <Notice>Kept safe, for your eyes only.</Notice>}
      {letter && !savedAt && <p className="muted">Last changed {formatDateTime(letter.updatedAt)}</p>}
      <ErrorSummary error={save.error} fieldIds={fieldIds} />
      <form className="form heal-form" onSubmit={submit} noValidate>
        <TextField
          id={fieldIds.title}
          label="A title, if you like"
          hint="Only you see it. You can leave it empty."
          value={title}
          onChange={setTitle}
          error={errors.fields.title}
          maxLength={120}
          autoComplete="off"
        />
        <TextArea
          id={fieldIds.body}
          label="Your letter"
          value={body}
          onChange={setBody}
          error={errors.fields.body}
          maxLength={20_000}
          rows={14}
          className="heal-letter"
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? "Keeping it…" : letter ? "Keep my changes" : "Keep this letter"}
          </button>
          {letter && (
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => setConfirming(true)}
            >
              Let this letter go
            </button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={destroyLetterConfirmation.title}
        confirmLabel={destroyLetterConfirmation.confirm}
        cancelLabel={destroyLetterConfirmation.cancel}
        pendingLabel="Letting it go…"
        pending={destroy.isPending}
        error={
          destroy.error
            ? isApiError(destroy.error)
              ? destroy.error.message
              : "That didn't work. Please try again."
            : null
        }
        onConfirm={letGo}
        onCancel={() => {
          destroy.reset();
          setConfirming(false);
        }}
      >
        <p>{destroyLetterConfirmation.body}</p>
        <p>
          <JsonExportButton spaceId={spaceId} className="link-button" />
        </p>
        <p className="muted">Changes you haven't kept yet go with it.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={leaving.state === "blocked"}
        title="Leave without keeping your words?"
        confirmLabel="Leave without keeping"
        cancelLabel="Stay and keep writing"
        onConfirm={() => {
          // Leaving without keeping is a choice to let the words go: their draft goes too.
          draft.discard();
          leaving.proceed?.();
        }}
        onCancel={() => leaving.reset?.()}
      >
        <p>What you've written since you last kept this letter will be lost if you leave now.</p>
      </ConfirmDialog>
    </div>
  );
}

/** A quiet pause after a letter is let go: one sentence, a slow breath, and nothing to do. */
function AfterLettingGo({ lettersPath }: { lettersPath: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="page page--narrow heal-calm">
      <div className="heal-calm__breath" aria-hidden="true" />
      <h1 ref={headingRef} tabIndex={-1}>
        Let go
      </h1>
      <p className="lead">{destroyLetterConfirmation.done}</p>
      <p className="muted">
        Breathe in slowly as the circle grows, and out as it settles. Stay as long as you like.
      </p>
      <div className="button-row heal-calm__actions">
        <Link className="button button--secondary" to={lettersPath}>
          Back to your letters
        </Link>
      </div>
    </div>
  );
}
