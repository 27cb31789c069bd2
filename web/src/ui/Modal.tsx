import { type ReactNode, type RefObject, useEffect, useId, useRef } from "react";
import { DialogQuickExit } from "../features/quick-exit/QuickExit.tsx";

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  onClose: () => void;
  /** Focused when the dialog opens; the first button otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** While true, Escape does nothing (a request is under way). */
  busy?: boolean;
  /** The id of the text that explains the question, read out with the title. */
  describedBy?: string;
}

/**
 * Every modal of the app, built on <dialog>, which keeps focus inside and hands it back on close.
 * A modal dialog makes the rest of the page inert, the Quick exit button included, so each one carries
 * its own Quick exit: leaving must work from every state of every page.
 */
export function Modal({ open, title, children, onClose, initialFocus, busy = false, describedBy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initialFocus?.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocus]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
      {/* Last, so the dialog's own first control still takes the focus when it opens. */}
      {open && <DialogQuickExit />}
    </dialog>
  );
}
