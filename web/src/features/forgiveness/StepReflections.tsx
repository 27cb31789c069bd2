import type { OwnForgivenessReflectionView } from "@mend/core/forgiveness/contract";
import { useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { EmptyState } from "../../ui/States.tsx";
import { useDeleteStepReflection, useShareStepReflection } from "./api.ts";

const errorText = (error: unknown) =>
  error ? (isApiError(error) ? error.message : "That didn't work. Please try again.") : null;

interface Props {
  spaceId: string;
  reflections: OwnForgivenessReflectionView[];
  otherName: string;
  canShare: boolean;
}

/** Your own reflections on one step, newest first, each shared or private on its own. */
export function StepReflections({ spaceId, reflections, otherName, canShare }: Props) {
  if (reflections.length === 0) {
    return (
      <EmptyState title="Nothing written on this step yet">
        <p>There's no hurry. A few lines are plenty, and you can come back as often as you like.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="heal-list">
      {reflections.map((reflection) => (
        <li key={reflection.id}>
          <StepReflection
            spaceId={spaceId}
            reflection={reflection}
            otherName={otherName}
            canShare={canShare}
          />
        </li>
      ))}
    </ul>
  );
}

function StepReflection({
  spaceId,
  reflection,
  otherName,
  canShare,
}: {
  spaceId: string;
  reflection: OwnForgivenessReflectionView;
  otherName: string;
  canShare: boolean;
}) {
  const share = useShareStepReflection(spaceId);
  const remove = useDeleteStepReflection(spaceId);
  const [confirming, setConfirming] = useState(false);
  // The switch moves at once, while the change is on its way; the server's answer takes over after.
  const [switching, setSwitching] = useState<boolean | undefined>(undefined);
  const shared = switching ?? reflection.shared;
  const toggle = (next: boolean) => {
    setSwitching(next);
    share.mutate({ id: reflection.id, shared: next }, { onSettled: () => setSwitching(undefined) });
  };
  const switchId = `share-${reflection.id}`;
  const titleId = `reflection-${reflection.id}`;

  return (
    <article
      className={`heal-item${reflection.shared ? " heal-item--shared" : ""}`}
      aria-labelledby={titleId}
    >
      <h4 id={titleId} className="heal-item__meta">
        Written {formatDateTime(reflection.createdAt)}
      </h4>
      <p className="heal-item__text">{reflection.text}</p>
      {reflection.resentment !== null && (
        <p className="heal-item__private">
          Resentment that day: {reflection.resentment} of 10 (only you see this)
        </p>
      )}
      {(canShare || reflection.shared) && (
        <div className={`heal-switch${shared ? " heal-switch--on" : ""}`}>
          <input
            className="heal-switch__input"
            type="checkbox"
            role="switch"
            id={switchId}
            checked={shared}
            aria-checked={shared}
            disabled={share.isPending}
            onChange={(event) => toggle(event.target.checked)}
            aria-describedby={`${switchId}-effect`}
          />
          <label className="heal-switch__label" htmlFor={switchId}>
            Share with {otherName}
          </label>
          <p className="heal-switch__effect" id={`${switchId}-effect`}>
            {shared
              ? `${otherName} can see this. Switching it off takes it back quietly; they aren't told.`
              : "Private: only you can see this."}
          </p>
        </div>
      )}
      {share.error && (
        <p className="form-error" role="alert">
          {errorText(share.error)}
        </p>
      )}
      <div className="button-row heal-item__actions">
        <button
          type="button"
          className="button button--danger-outline button--small"
          onClick={() => setConfirming(true)}
        >
          Delete<span className="visually-hidden"> this reflection</span>
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete this reflection?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={errorText(remove.error)}
        onConfirm={() => remove.mutate(reflection.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>
          It will be gone for good, along with any rating you gave with it.
          {reflection.shared ? ` ${otherName} will no longer see it either.` : ""}
        </p>
      </ConfirmDialog>
    </article>
  );
}
