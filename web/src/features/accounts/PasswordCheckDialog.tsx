import { type FormEvent, useEffect, useId, useState } from "react";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Modal } from "../../ui/Modal.tsx";
import { PasswordField } from "./PasswordField.tsx";

interface Props {
  open: boolean;
  title: string;
  /** What happens once the password is right. */
  explanation: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (password: string) => void;
  onCancel: () => void;
}

/** Asks for the password again before a sign-in method is taken away: a session left open is not enough. */
export function PasswordCheckDialog(props: Props) {
  const { open, pending } = props;
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);
  const bodyId = useId();
  const fieldId = useId();
  const errors = formErrorsFrom(props.error);

  useEffect(() => {
    if (!open) return;
    setPassword("");
    setMissing(false);
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (!password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    props.onConfirm(password);
  };

  return (
    <Modal open={open} title={props.title} onClose={props.onCancel} busy={pending} describedBy={bodyId}>
      <form className="form" onSubmit={submit} noValidate>
        <p id={bodyId}>{props.explanation}</p>
        <PasswordField
          id={fieldId}
          label="Your password"
          value={password}
          onChange={setPassword}
          error={
            missing
              ? "Enter your password to confirm."
              : (errors.fields.password ?? errors.message ?? undefined)
          }
          autoComplete="current-password"
        />
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={pending}>
            {pending ? props.pendingLabel : props.confirmLabel}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={props.onCancel}
            disabled={pending}
          >
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
