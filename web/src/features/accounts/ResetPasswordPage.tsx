import { resetPasswordInput } from "@mend/core/accounts/contract";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../api/client.ts";
import { configQuery } from "../../app/config.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useResetLinkCheck, useResetPassword } from "./api.ts";
import { recoveredNotice } from "./ForgotPasswordPage.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { passwordHint } from "./SignupPage.tsx";

const fieldIds = { newPassword: "newPassword" };

/** The token this page load found in its address; kept here, as the address no longer holds it. */
let tokenFromAddress = "";

/**
 * The token travels after "#", which browsers never send to a server, and is taken out of the address
 * as soon as the page reads it, so it stays out of logs, history and anything shared from this tab.
 * It is kept for the page load rather than in the page's state: the page may be drawn afresh (when
 * the app learns nobody is signed in, for one), and by then the address is already clean.
 */
function takeTokenFromAddress(): string {
  const fromAddress = window.location.hash.slice(1);
  if (fromAddress) {
    tokenFromAddress = fromAddress;
    window.history.replaceState(window.history.state, "", window.location.pathname);
  }
  return tokenFromAddress;
}

/** Where a reset link from whoever runs this Mend leads: the person chooses a new password. */
export function ResetPasswordPage() {
  useDocumentTitle("Choose a new password");
  const navigate = useNavigate();
  const reset = useResetPassword();
  const [token] = useState(takeTokenFromAddress);
  const linkCheck = useResetLinkCheck(token);
  const emailAvailable = useQuery(configQuery).data?.email ?? false;
  const [newPassword, setNewPassword] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(reset.error);

  if (!token) {
    return (
      <div className="page page--narrow">
        <h1>Choose a new password</h1>
        <p className="lead">
          This page needs the whole reset link. Open the link exactly as you were given it, or ask whoever
          runs this Mend for a new one.
        </p>
        <p className="aside">
          <Link to="/forgot-password">Other ways back into your account</Link>
        </p>
      </div>
    );
  }

  if (linkCheck.isPending) return <LoadingState label="Checking your reset link…" />;
  if (linkCheck.error instanceof ApiError && linkCheck.error.status === 410) {
    return (
      <div className="page page--narrow">
        <h1>This reset link can't be used</h1>
        <p className="lead">
          It has expired or has already been used: each link works once, within an hour of being made.{" "}
          {emailAvailable
            ? "You can have a new one emailed to you, or ask whoever runs this Mend for one."
            : "Ask whoever runs this Mend for a new one."}
        </p>
        <p className="aside">
          <Link to="/forgot-password">Other ways back into your account</Link>
        </p>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reset.isPending) return;
    const checked = checkInput(resetPasswordInput, { token, newPassword });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    reset.mutate(checked.input, {
      onSuccess: () => navigate("/login", { replace: true, state: { notice: recoveredNotice } }),
    });
  };

  return (
    <div className="page page--narrow">
      <h1>Choose a new password</h1>
      <p className="lead">
        Whoever runs this Mend made this link for your account. It works once, within an hour of being made.
      </p>
      <p>
        A reset replaces your password and logs you out everywhere, so anyone else using your account is
        logged out too. It doesn't touch anything you wrote: your spaces and everything in them stay as they
        are. Your vault is different: it is locked with your old password, which a new one cannot replace.
        After the reset it stays locked, with nothing deleted, until you open it on your account page with one
        of your recovery codes or your old password. You can also start a new, empty vault there and keep the
        old one until you choose to delete it.
      </p>
      <ErrorSummary error={reset.error} errors={problems ?? undefined} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <PasswordField
          id={fieldIds.newPassword}
          label="Your new password"
          hint={passwordHint}
          value={newPassword}
          onChange={setNewPassword}
          error={errors.fields.newPassword}
          autoComplete="new-password"
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={reset.isPending}>
            {reset.isPending ? "Saving…" : "Set my new password"}
          </button>
        </div>
      </form>
    </div>
  );
}
