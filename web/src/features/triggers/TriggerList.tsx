import type { TriggerView } from "@mend/core/triggers/contract";
import { triggerCategoryLabels, triggerIntensityLabels } from "@mend/core/triggers/fields";
import { useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { useRemoveTrigger, useTriggerSharing } from "./api.ts";

interface Props {
  spaceId: string;
  triggers: readonly TriggerView[];
  otherName: string;
  canShare: boolean;
  /** Your own notes, opened from your vault; the other person's notes never reach you. */
  notes?: ReadonlyMap<string, string>;
}

/** One person's logged moments, newest first; your own can be shared, unshared or removed. */
export function TriggerList({ spaceId, triggers, otherName, canShare, notes }: Props) {
  const sharing = useTriggerSharing(spaceId);
  const remove = useRemoveTrigger(spaceId);
  const [removing, setRemoving] = useState<TriggerView | null>(null);

  return (
    <>
      <ul className="trigger-list">
        {triggers.map((trigger) => (
          <li key={trigger.id} className="trigger">
            <p className="trigger__what">
              <strong>{triggerCategoryLabels[trigger.category]}</strong>
              <span className={`intensity intensity--${trigger.intensity}`}>
                {trigger.intensity} · {triggerIntensityLabels[trigger.intensity]}
              </span>
            </p>
            <p className="trigger__when">{formatDateTime(trigger.occurredAt)}</p>
            {notes?.get(trigger.id) && <p className="written trigger__note">{notes.get(trigger.id)}</p>}
            {trigger.author === "you" && (
              <div className="trigger__actions">
                <span className="muted">
                  {trigger.shared ? `Shared with ${otherName}` : "Only you can see this"}
                </span>
                {(canShare || trigger.shared) && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={sharing.isPending}
                    onClick={() => sharing.mutate({ id: trigger.id, shared: !trigger.shared })}
                  >
                    {trigger.shared ? "Stop sharing" : `Share with ${otherName}`}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--danger-outline button--small"
                  onClick={() => {
                    remove.reset();
                    setRemoving(trigger);
                  }}
                >
                  Remove
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {sharing.isError && (
        <p className="form-error" role="alert">
          {isApiError(sharing.error) ? sharing.error.message : "That didn't work. Please try again."}
        </p>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this from your log?"
        confirmLabel="Remove it"
        cancelLabel="Keep it"
        pending={remove.isPending}
        pendingLabel="Removing…"
        error={remove.error ? (isApiError(remove.error) ? remove.error.message : "That didn't work.") : null}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        onCancel={() => setRemoving(null)}
      >
        <p>
          It leaves your log and the pattern
          {removing?.author === "you" && removing.shared ? `, and ${otherName} no longer sees it` : ""}.
        </p>
      </ConfirmDialog>
    </>
  );
}
