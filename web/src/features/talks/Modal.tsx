import { type ReactNode, type RefObject, useEffect, useId, useRef } from "react";

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  onClose: () => void;
  /** Focused when the dialog opens; the first button otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** While true, Escape does nothing (a request is under way). */
  busy?: boolean;
}

/**
 * A modal built on <dialog>, which keeps focus inside and hands it back on close, for choices that
 * need a little more than yes or no.
 */
export function Modal({ open, title, children, onClose, initialFocus, busy = false }: Props) {
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
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
