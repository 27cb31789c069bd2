import { type ReactNode, useEffect, useId, useRef } from "react";

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
 * A modal question with a safe way out. Built on <dialog>, which keeps focus inside, closes on Escape,
 * and hands focus back to the button that opened it. The cancel button is focused first, so an
 * accidental Enter does nothing drastic.
 */
export function ConfirmDialog(props: Props) {
  const { open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel, pending = false } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
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
    </dialog>
  );
}
