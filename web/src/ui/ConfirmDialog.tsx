import { type ReactNode, useId, useRef } from "react";
import { Modal } from "./Modal.tsx";

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  pendingLabel?: string;
  error?: string | null | undefined;
  tone?: "danger" | "primary";
}

/**
 * A modal question with a safe way out, on the shared Modal: focus stays inside, Escape cancels, and focus
 * goes back to the button that opened it. The cancel button is focused first, so an
 * accidental Enter does nothing drastic.
 */
export function ConfirmDialog(props: Props) {
  const { open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel, pending = false } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();

  return (
    <Modal
      open={open}
      title={title}
      onClose={onCancel}
      initialFocus={cancelRef}
      busy={pending}
      describedBy={bodyId}
    >
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      {props.error && (
        <p className="dialog__error" role="alert">
          {props.error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className={`button ${props.tone === "primary" ? "button--primary" : "button--danger"}`}
          onClick={onConfirm}
          disabled={pending}
        >
          {pending ? (props.pendingLabel ?? "Please wait…") : confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onCancel}
          disabled={pending}
          ref={cancelRef}
        >
          {cancelLabel}
        </button>
      </div>
    </Modal>
  );
}
