import { useState } from "react";
import { createPortal } from "react-dom";
import { Modal } from "../../ui/Modal.tsx";
import { OpenVaultForm } from "../vault/OpenVaultForm.tsx";
import type { Draft } from "./use-draft.ts";

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });

/** Says, quietly, that the words are being kept, and offers to start again from a draft brought back. */
export function DraftNote({ draft }: { draft: Draft }) {
  return (
    <div className="draft-note">
      {draft.restoredFrom && (
        <p>
          We brought back what you were writing ({timeOnly.format(draft.restoredFrom)}).{" "}
          <button type="button" className="link-button" onClick={draft.discard}>
            Start again
          </button>
        </p>
      )}
      <p className="draft-note__status">
        <DraftStatusText draft={draft} />
      </p>
    </div>
  );
}

function DraftStatusText({ draft }: { draft: Draft }) {
  switch (draft.status) {
    case "idle":
      return "As you write, a private draft is kept that only you can see.";
    case "waiting":
    case "saving":
      return "Keeping your draft…";
    case "saved":
      return `Draft kept${draft.savedAt ? ` at ${timeOnly.format(draft.savedAt)}` : ""}. Only you can see it.`;
    case "locked":
      return draft.accountId ? (
        <OpenVaultInPlace accountId={draft.accountId} why="so no draft of this is kept." />
      ) : (
        "Log in again to keep a private draft of this."
      );
    case "failed":
      return (
        <span role="alert">
          We couldn't keep a draft just now; your words are still here.{" "}
          <button type="button" className="link-button" onClick={draft.retry}>
            Try again
          </button>
        </span>
      );
  }
}

/**
 * Drafts are sealed with the vault key, which a reload forgets: the person can open the vault right
 * here, without leaving what they are writing. The dialog is put outside the form it is mentioned in,
 * and its own submit stops there, so opening the vault never sends the form around it.
 */
export function OpenVaultInPlace({ accountId, why }: { accountId: string; why: string }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      Your vault is locked in this tab, {why}{" "}
      <button type="button" className="link-button" onClick={() => setAsking(true)}>
        Open the vault
      </button>{" "}
      to keep one that only you can read.
      {createPortal(
        // Only stops the dialog's own submit from reaching the page's form through React's tree.
        <div onSubmit={(event) => event.stopPropagation()}>
          <Modal open={asking} title="Open your vault" onClose={() => setAsking(false)}>
            <OpenVaultForm
              accountId={accountId}
              prompt="Your drafts are sealed in your vault, so only you can read them. Enter your password to open it in this tab."
            />
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
                Not now
              </button>
            </div>
          </Modal>
        </div>,
        document.body,
      )}
    </>
  );
}
