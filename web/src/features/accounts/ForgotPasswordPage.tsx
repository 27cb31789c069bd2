import { recoverForm } from "@mend/core/accounts/contract";
import { emailResetLinkInput } from "@mend/core/notifications/contract";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { configQuery } from "../../app/config.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useEmailResetLink } from "../notifications/api.ts";
import { useRecover } from "./api.ts";
import { EmailField } from "./EmailField.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { passwordHint } from "./SignupPage.tsx";

const fieldIds = { email: "email", recoveryCode: "recoveryCode", newPassword: "newPassword" };

export const recoveredNotice =
  "Your new password is set, and every session on your account has ended. Log in with your new password.";

const vaultOpenNotice = " Your recovery code also opened your vault, so it opens with your new password.";
const vaultLockedNotice =
  " That code was made before your vault, so your vault is locked: your account page says what you can do.";

/** The two ways back into an account, and the first of them: a recovery code. */
export function ForgotPasswordPage() {
  useDocumentTitle("Forgot your password?");
  const navigate = useNavigate();
  const recover = useRecover();
  const [email, setEmail] = useState("");
  const [recoveryCode, setRecoveryCode] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(recover.error);
  const emailAvailable = useQuery(configQuery).data?.email ?? false;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (recover.isPending) return;
    const checked = checkInput(recoverForm, { email, recoveryCode, newPassword });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    recover.mutate(checked.input, {
      onSuccess: ({ opensVault }) =>
        navigate("/login", {
          replace: true,
          state: { notice: recoveredNotice + (opensVault ? vaultOpenNotice : vaultLockedNotice) },
        }),
    });
  };

  return (
    <div className="page page--narrow">
      <h1>Forgot your password?</h1>
      <p className="lead">There are two ways back into your account.</p>
      <ol>
        <li>
          <strong>With a recovery code.</strong> When you made your account, Mend gave you ten one-time codes.
          Use one below to choose a new password.
        </li>
        <li>
          <strong>With a reset link.</strong>{" "}
          {emailAvailable
            ? "If you don't have a code, Mend can email you a link to choose a new password."
            : "If you don't have a code, ask whoever runs this Mend for a password reset link."}{" "}
          It works once, for an hour.
        </li>
      </ol>
      <p>Either way, you'll be logged out everywhere, so anyone else using your account is logged out too.</p>
      <p>
        Your vault is locked with your password, and a new password cannot open it by itself. A recovery code
        made since your vault was set up carries its key: your browser opens the vault with the code and locks
        it again with your new password, so it stays readable. A reset link cannot: after one, and after a
        code from before the vault, your vault stays locked, with nothing in it deleted, until you open it on
        your account page with a recovery code or your old password. There you can also start a new, empty
        vault and keep the old one until you choose to delete it.
      </p>

      <section className="section" aria-labelledby="recover-title">
        <h2 id="recover-title">Use a recovery code</h2>
        <ErrorSummary error={recover.error} errors={problems ?? undefined} fieldIds={fieldIds} />
        <form className="form" onSubmit={submit} noValidate>
          <EmailField id={fieldIds.email} value={email} onChange={setEmail} error={errors.fields.email} />
          <TextField
            id={fieldIds.recoveryCode}
            label="Recovery code"
            hint="Type it as it's written; spaces and dashes don't matter."
            value={recoveryCode}
            onChange={setRecoveryCode}
            error={errors.fields.recoveryCode}
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="off"
            maxLength={200}
          />
          <PasswordField
            id={fieldIds.newPassword}
            label="Choose a new password"
            hint={passwordHint}
            value={newPassword}
            onChange={setNewPassword}
            error={errors.fields.newPassword}
            autoComplete="new-password"
          />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={recover.isPending}>
              {recover.isPending ? "Checking…" : "Set my new password"}
            </button>
          </div>
        </form>
      </section>
      {emailAvailable && <EmailResetLink />}
      <p className="aside">
        Remembered it? <Link to="/login">Log in</Link>
      </p>
    </div>
  );
}

const resetFieldIds = { email: "reset-email" };

/** "Email me a reset link": the answer is the same whether or not the address has an account. */
function EmailResetLink() {
  const send = useEmailResetLink();
  const [email, setEmail] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(send.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const checked = checkInput(emailResetLinkInput, { email });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    send.mutate(checked.input);
  };

  return (
    <section className="section" aria-labelledby="reset-email-title">
      <h2 id="reset-email-title">Email me a reset link</h2>
      <ErrorSummary error={send.error} errors={problems ?? undefined} fieldIds={resetFieldIds} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby="reset-email-title">
        <EmailField
          id={resetFieldIds.email}
          value={email}
          onChange={(value) => {
            setEmail(value);
            send.reset();
          }}
          error={errors.fields.email}
        />
        {send.isSuccess && (
          <Notice>
            If this email belongs to an account here, a link is on its way. It works once, for an hour. Check
            your spam folder if it doesn't arrive in a few minutes.
          </Notice>
        )}
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={send.isPending}>
            {send.isPending ? "Sending…" : "Email me a reset link"}
          </button>
        </div>
      </form>
    </section>
  );
}
